package org.corporateparenting.alliance.starter;

import java.time.LocalDate;
import java.util.List;

import org.corporateparenting.alliance.ActionStatus;
import org.corporateparenting.alliance.AttendanceStatus;
import org.corporateparenting.alliance.BodyStatus;
import org.corporateparenting.alliance.BodyType;
import org.corporateparenting.alliance.CollaborationKind;
import org.corporateparenting.alliance.CorporateParentDuty;
import org.corporateparenting.alliance.CovenantArea;
import org.corporateparenting.alliance.DecisionType;
import org.corporateparenting.alliance.HolderStatus;
import org.corporateparenting.alliance.PartnerOfferStatus;
import org.corporateparenting.alliance.Rag;
import org.corporateparenting.alliance.SeatRole;
import org.corporateparenting.alliance.Sector;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * The shape of a council's {@code alliance.yaml}: its partner organisations, its governance bodies with their
 * terms of reference, seats and recorded meetings, and the pledges partners made. Bodies, organisations and seats
 * refer to each other by key (seats by position within their body).
 */
record AllianceStarterFile(@NotEmpty(message = "needs at least one organisation") List<@Valid OrganisationEntry> organisations,
		@NotEmpty(message = "needs at least one body") List<@Valid BodyEntry> bodies,
		List<@Valid PartnerPledgeEntry> partnerPledges, List<@Valid PartnerOfferEntry> partnerOffers,
		List<@Valid CollaborationEntry> collaboration) {

	AllianceStarterFile {
		partnerPledges = partnerPledges == null ? List.of() : partnerPledges;
		partnerOffers = partnerOffers == null ? List.of() : partnerOffers;
		collaboration = collaboration == null ? List.of() : collaboration;
	}

	record OrganisationEntry(@NotBlank(message = "is required") String key, @NotBlank(message = "is required") String name,
			@NotNull(message = "is required") Sector sector, List<@Valid ContactEntry> contacts,
			Boolean corporateParent, List<@NotNull(message = "is required") CorporateParentDuty> duties) {

		OrganisationEntry {
			contacts = contacts == null ? List.of() : contacts;
			duties = duties == null ? List.of() : duties;
		}
	}

	record ContactEntry(@NotBlank(message = "is required") String role, String email, String telephone) {
	}

	record BodyEntry(@NotBlank(message = "is required") String key, @NotBlank(message = "is required") String name,
			@NotNull(message = "is required") BodyType type, @NotBlank(message = "is required") String purpose,
			String reportsTo, @NotNull(message = "is required") @Min(value = 1, message = "must be 1 or more") Integer meetingsPerYear,
			@NotNull(message = "is required") BodyStatus status, Integer quorum, Integer youngPeopleMeetingsPerYear,
			Integer youngPeoplePledgeNumber, @Valid TermsEntry termsOfReference, List<@Valid SeatEntry> seats,
			List<@Valid MeetingEntry> meetings) {

		BodyEntry {
			seats = seats == null ? List.of() : seats;
			meetings = meetings == null ? List.of() : meetings;
		}
	}

	record TermsEntry(@NotBlank(message = "is required") String purpose, String legalFramework,
			List<String> objectives, String membership, @NotBlank(message = "is required") String frequency,
			@NotNull(message = "is required") Integer meetingsPerYear, List<String> expectations, String governance,
			@NotNull(message = "is required") LocalDate approvedOn, LocalDate reviewDate) {
	}

	record SeatEntry(@NotNull(message = "is required") SeatRole role, @NotBlank(message = "is required") String position,
			@NotBlank(message = "is required") String organisation,
			@NotNull(message = "is required") HolderStatus holderStatus, String holder, List<String> candidates,
			List<String> deputies) {
	}

	record MeetingEntry(@NotNull(message = "is required") LocalDate date, String theme,
			@Min(value = 0, message = "must be 0 or more") Integer youngPeoplePresent, List<String> agenda,
			String minutes, List<@Valid DecisionEntry> decisions, List<@Valid ActionEntry> actions, Boolean held,
			List<@Valid AttendanceEntry> attendance) {

		MeetingEntry {
			decisions = decisions == null ? List.of() : decisions;
			actions = actions == null ? List.of() : actions;
			attendance = attendance == null ? List.of() : attendance;
		}
	}

	record AttendanceEntry(@NotBlank(message = "is required") String seat,
			@NotNull(message = "is required") AttendanceStatus status, String deputy) {
	}

	record DecisionEntry(@NotNull(message = "is required") DecisionType type,
			@NotBlank(message = "is required") String wording) {
	}

	record ActionEntry(@NotBlank(message = "is required") String title, String organisation, String seat,
			@NotNull(message = "is required") LocalDate dueDate, @NotNull(message = "is required") ActionStatus status) {
	}

	record PartnerPledgeEntry(@NotBlank(message = "is required") String organisation,
			@NotBlank(message = "is required") String theme, @NotBlank(message = "is required") String text,
			@NotNull(message = "is required") LocalDate committedOn, @NotNull(message = "is required") Rag rag,
			List<@Valid PledgeUpdateEntry> updates) {

		PartnerPledgeEntry {
			updates = updates == null ? List.of() : updates;
		}
	}

	record PartnerOfferEntry(@NotBlank(message = "is required") String organisation,
			@NotNull(message = "is required") CovenantArea area, @NotBlank(message = "is required") String title,
			@NotBlank(message = "is required") String whatIsOffered, String eligibility, Integer places,
			Integer budgetPounds, @NotNull(message = "is required") PartnerOfferStatus status, Boolean illustrative,
			List<@Valid TakeUpEntry> takeUp) {

		PartnerOfferEntry {
			takeUp = takeUp == null ? List.of() : takeUp;
		}
	}

	record TakeUpEntry(@NotBlank(message = "is required") String quarter,
			@NotNull(message = "is required") Integer takenUp) {
	}

	record CollaborationEntry(@NotNull(message = "is required") LocalDate date,
			@NotNull(message = "is required") CollaborationKind kind,
			@NotEmpty(message = "needs at least one organisation") List<@NotBlank(message = "is required") String> organisations,
			@NotBlank(message = "is required") String summary, String outcome) {
	}

	record PledgeUpdateEntry(@NotNull(message = "is required") LocalDate date,
			@NotBlank(message = "is required") String text, @NotNull(message = "is required") Rag rag) {
	}
}
