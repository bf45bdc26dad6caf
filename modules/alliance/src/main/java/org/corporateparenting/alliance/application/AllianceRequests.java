package org.corporateparenting.alliance.application;

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
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the alliance API and pages accept; {@code version} is required when changing a record. */
public final class AllianceRequests {

	private static final String MAX_200 = "must be 200 characters or fewer";

	private static final String MAX_5000 = "must be 5,000 characters or fewer";

	private AllianceRequests() {
	}

	public record BodyRequest(@NotBlank(message = "Enter the body's name") @Size(max = 200, message = MAX_200) @Schema(example = "Children in Care and Care Leavers Alliance") String name,
			@NotNull(message = "Choose the type of body") BodyType type,
			@NotBlank(message = "Say what the body is for") @Size(max = 5000, message = MAX_5000) @Schema(example = "A strategic steering group supporting the Corporate Parenting Board to fulfil our statutory duties as corporate parents") String purpose,
			Long reportsToId,
			@NotNull(message = "Enter how many times a year it meets") @Min(value = 1, message = "must be 1 or more") @Max(value = 52, message = "must be 52 or fewer") Integer meetingsPerYear,
			BodyStatus status, @Min(value = 1, message = "must be 1 or more") Integer quorum,
			@Min(value = 1, message = "must be 1 or more") @Max(value = 52, message = "must be 52 or fewer") Integer youngPeopleMeetingsPerYear,
			@Min(value = 1, message = "must be 1 or more") Integer youngPeoplePledgeNumber, Long version) {
	}

	public record TermsOfReferenceRequest(
			@NotBlank(message = "Enter the purpose") @Size(max = 10000, message = "must be 10,000 characters or fewer") @Schema(example = "A strategic steering group supporting the Corporate Parenting Board") String purpose,
			@Size(max = 10000, message = "must be 10,000 characters or fewer") @Schema(example = "The seven corporate parenting principles of the Children and Social Work Act 2017") String legalFramework,
			@Size(max = 30, message = "must be 30 objectives or fewer") @Schema(example = "[\"To champion the needs and raise the aspirations of children and young people in care\"]") List<@NotBlank(message = "must not be blank") @Size(max = 1000, message = "must be 1,000 characters or fewer") String> objectives,
			@Size(max = 10000, message = "must be 10,000 characters or fewer") @Schema(example = "Chair: Executive Director, Childrens Services") String membership,
			@NotBlank(message = "Describe how often it meets") @Size(max = 1000, message = "must be 1,000 characters or fewer") @Schema(example = "Three times a year") String frequency,
			@NotNull(message = "Enter how many meetings a year the terms of reference set") @Min(value = 1, message = "must be 1 or more") @Max(value = 52, message = "must be 52 or fewer") Integer meetingsPerYear,
			@Size(max = 30, message = "must be 30 expectations or fewer") @Schema(example = "[\"Group members will carry out any actions allocated to them before the next meeting\"]") List<@NotBlank(message = "must not be blank") @Size(max = 1000, message = "must be 1,000 characters or fewer") String> expectations,
			@Size(max = 10000, message = "must be 10,000 characters or fewer") @Schema(example = "The group reports into Walsall Corporate Parenting Board") String governance, LocalDate reviewDate,
			Long version) {
	}

	public record ApprovalRequest(@NotNull(message = "Enter the date the terms of reference were approved") LocalDate approvedOn,
			LocalDate reviewDate, Long version) {
	}

	public record OrganisationRequest(
			@NotBlank(message = "Enter a short key, such as housing") @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "use lower-case letters, digits and single hyphens") @Size(max = 60, message = "must be 60 characters or fewer") @Schema(example = "housing") String key,
			@NotBlank(message = "Enter the organisation's name") @Size(max = 200, message = MAX_200) @Schema(example = "Walsall Housing Group") String name,
			@NotNull(message = "Choose the sector") Sector sector, @Size(max = 20, message = "must be 20 contacts or fewer") List<@NotNull(message = "must not be empty") @Valid ContactRequest> contacts,
			Long version) {
	}

	public record ContactRequest(@NotBlank(message = "Enter the contact's role") @Size(max = 200, message = MAX_200) @Schema(example = "Apprenticeships Programme Lead") String role,
			@Email(message = "must be an email address") @Size(max = 254, message = "must be 254 characters or fewer") String email,
			@Pattern(regexp = "[0-9 +()-]{6,40}", message = "must be a telephone number") @Schema(example = "01922 650000") String telephone) {
	}

	public record SeatRequest(@NotNull(message = "Choose the seat's role") SeatRole role,
			@NotBlank(message = "Enter the seat, such as Representative from Commissioning") @Size(max = 200, message = MAX_200) @Schema(example = "Chair") String position,
			@NotNull(message = "Choose the organisation") Long organisationId,
			@NotNull(message = "Choose whether the seat is confirmed, tentative or vacant") HolderStatus holderStatus,
			@Size(max = 200, message = MAX_200) @Schema(example = "Executive Director, Childrens Services") String holder,
			@Size(max = 10, message = "must be 10 candidates or fewer") @Schema(example = "[\"Head of Virtual School\"]") List<@NotBlank(message = "must not be blank") @Size(max = 200, message = MAX_200) String> candidates,
			@Size(max = 10, message = "must be 10 deputies or fewer") @Schema(example = "[\"Vice Chair: Director for Childrens Social Care\"]") List<@NotBlank(message = "must not be blank") @Size(max = 200, message = MAX_200) String> deputies,
			Long version) {
	}

	public record MeetingRequest(@NotNull(message = "Enter the date of the meeting") LocalDate date,
			@Size(max = 500, message = "must be 500 characters or fewer") @Schema(example = "Education, training and employment") String theme, Long priorityId,
			@Size(max = 40, message = "must be 40 items or fewer") @Schema(example = "[\"Review of our pledges\", \"Operational work streams\"]") List<@NotBlank(message = "must not be blank") @Size(max = 500, message = "must be 500 characters or fewer") String> agenda,
			Long version) {
	}

	public record HeldRequest(
			@Size(max = 100, message = "must be 100 seats or fewer") List<@NotNull(message = "must not be empty") @Valid AttendanceRequest> attendance,
			@NotNull(message = "Enter how many young people took part (0 if none)") @Min(value = 0, message = "must be 0 or more") @Max(value = 500, message = "must be 500 or fewer") Integer youngPeoplePresent,
			@Size(max = 50000, message = "must be 50,000 characters or fewer") @Schema(example = "The Board noted the actions identified for each work stream") String minutes, Long version) {
	}

	public record AttendanceRequest(@NotNull(message = "Choose the seat") Long seatId,
			@NotNull(message = "Choose present, apologies, deputy attended or absent") AttendanceStatus status,
			@Size(max = 200, message = MAX_200) @Schema(example = "Vice Chair: Director for Childrens Social Care") String deputy) {
	}

	public record DecisionRequest(@NotNull(message = "Choose note, agree, endorse or approve") DecisionType type,
			@NotBlank(message = "Enter the decision's wording") @Size(max = 5000, message = MAX_5000) @Schema(example = "The Board approves the formation of a Children in Care and Care Experienced Alliance") String wording) {
	}

	@Schema(name = "AllocatedActionRequest", description = "An action allocated at a meeting of a governance body, as allocated or reallocated")
	public record ActionRequest(@NotBlank(message = "Enter the action") @Size(max = 500, message = "must be 500 characters or fewer") @Schema(example = "Share the apprenticeship offer with every care leaver aged 16 to 25") String title,
			Long seatId, Long organisationId, LocalDate dueDate, Long version) {
	}

	public record ActionUpdateRequest(@NotNull(message = "Enter the date of the update") LocalDate date,
			@NotBlank(message = "Say what has been done") @Size(max = 5000, message = MAX_5000) @Schema(example = "Apprenticeship opportunities with Tarmac and Health are being explored") String text,
			@NotNull(message = "Choose the action's status") ActionStatus status) {
	}

	public record PartnerPledgeRequest(@NotNull(message = "Choose the organisation") Long organisationId,
			@NotBlank(message = "Enter the theme, such as employment and skills") @Size(max = 200, message = MAX_200) @Schema(example = "Education, training and employment") String theme,
			@NotBlank(message = "Enter the pledge") @Size(max = 5000, message = MAX_5000) @Schema(example = "We will offer apprenticeships to care leavers") String text,
			@NotNull(message = "Enter the date it was committed") LocalDate committedOn,
			@NotNull(message = "Choose red, amber or green") Rag rag, Long version) {
	}

	public record PartnerPledgeUpdateRequest(@NotNull(message = "Enter the date of the update") LocalDate date,
			@NotBlank(message = "Say what has been done") @Size(max = 5000, message = MAX_5000) @Schema(example = "Two care leavers started apprenticeships this quarter") String text,
			@NotNull(message = "Choose red, amber or green") Rag rag) {
	}

	/** Whether an organisation is a relevant corporate parent under the 2026 Act, and the duties that apply to it. */
	public record CorporateParentRequest(
			@NotNull(message = "Say whether it is a relevant corporate parent") @Schema(example = "true") Boolean corporateParent,
			List<@NotNull(message = "Choose a duty from the list") CorporateParentDuty> duties, Long version) {
	}

	/**
	 * @param places how many young people it can take, if it counts places
	 * @param budgetPounds the money it sets aside, in whole pounds, if it has a budget
	 * @param takeUp how many took it up, each quarter once, such as {@code 2025-26 Q1}
	 */
	public record PartnerOfferRequest(@NotNull(message = "Choose the organisation") Long organisationId,
			@NotNull(message = "Choose the area of the offer") CovenantArea area,
			@NotBlank(message = "Enter a short title for the offer") @Size(max = 200, message = MAX_200) @Schema(example = "Apprenticeships for care leavers") String title,
			@NotBlank(message = "Say what is offered") @Size(max = 5000, message = MAX_5000) @Schema(example = "Apprenticeship places with a mentor") String whatIsOffered,
			@Size(max = 5000, message = MAX_5000) @Schema(example = "Care leavers aged 16 to 25 living in Walsall") String eligibility,
			@Min(value = 0, message = "must be 0 or more") @Max(value = 100_000, message = "must be 100,000 or fewer") Integer places,
			@Min(value = 0, message = "must be 0 or more") @Max(value = 100_000_000, message = "must be 100,000,000 or less") Integer budgetPounds,
			@NotNull(message = "Choose the offer's status") PartnerOfferStatus status, @Schema(example = "false") Boolean illustrative,
			@Size(max = 80, message = "must be 80 quarters or fewer") List<@NotNull(message = "must not be empty") @Valid TakeUpRequest> takeUp,
			Long version) {
	}

	@Schema(name = "PartnerOfferTakeUpRequest")
	public record TakeUpRequest(@NotBlank(message = "Enter the quarter, such as 2025-26 Q1") @Schema(example = "2025-26 Q1") String quarter,
			@NotNull(message = "Enter how many young people took it up") @Min(value = 0, message = "must be 0 or more") @Max(value = 100_000, message = "must be 100,000 or fewer") Integer takenUp) {
	}

	/** An entry of the collaboration log: information shared, advice or joint work with other corporate parents. */
	public record CollaborationRequest(@NotNull(message = "Enter the date") LocalDate date,
			@NotNull(message = "Choose what kind of collaboration it was") CollaborationKind kind,
			@NotEmpty(message = "Choose the organisations involved") @Size(max = 50, message = "must be 50 organisations or fewer") List<@NotNull(message = "must not be empty") Long> organisationIds,
			@NotBlank(message = "Summarise what was shared or done") @Size(max = 5000, message = MAX_5000) @Schema(example = "Met Leisure and Commercial Services about leisure cards") String summary,
			@Size(max = 5000, message = MAX_5000) @Schema(example = "Leisure cards agreed for every child in care") String outcome, Long version) {
	}
}
