package org.corporateparenting.alliance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.corporateparenting.alliance.ActionStatus;
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
import org.corporateparenting.alliance.application.AllianceRequests.ActionRequest;
import org.corporateparenting.alliance.application.AllianceRequests.ActionUpdateRequest;
import org.corporateparenting.alliance.application.AllianceRequests.ApprovalRequest;
import org.corporateparenting.alliance.application.AllianceRequests.BodyRequest;
import org.corporateparenting.alliance.application.AllianceRequests.CollaborationRequest;
import org.corporateparenting.alliance.application.AllianceRequests.ContactRequest;
import org.corporateparenting.alliance.application.AllianceRequests.CorporateParentRequest;
import org.corporateparenting.alliance.application.AllianceRequests.DecisionRequest;
import org.corporateparenting.alliance.application.AllianceRequests.MeetingRequest;
import org.corporateparenting.alliance.application.AllianceRequests.OrganisationRequest;
import org.corporateparenting.alliance.application.AllianceRequests.PartnerOfferRequest;
import org.corporateparenting.alliance.application.AllianceRequests.PartnerPledgeRequest;
import org.corporateparenting.alliance.application.AllianceRequests.PartnerPledgeUpdateRequest;
import org.corporateparenting.alliance.application.AllianceRequests.SeatRequest;
import org.corporateparenting.alliance.application.AllianceRequests.TakeUpRequest;
import org.corporateparenting.alliance.application.AllianceRequests.TermsOfReferenceRequest;
import org.corporateparenting.web.FormValues;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.SubmittedForm;
import org.jspecify.annotations.Nullable;

/**
 * The alliance pages' forms as posted, each field as typed; each becomes the request the API takes, a value that
 * does not parse becoming a problem beside its field. Lists are typed one item a line.
 */
final class AllianceForms {

	private AllianceForms() {
	}

	record BodyForm(@Nullable String name, @Nullable String type, @Nullable String purpose,
			@Nullable String reportsToId, @Nullable String meetingsPerYear, @Nullable String status,
			@Nullable String quorum, @Nullable String youngPeopleMeetingsPerYear,
			@Nullable String youngPeoplePledgeNumber, @Nullable String version) implements SubmittedForm {

		BodyRequest toRequest() {
			return new BodyRequest(name, FormValues.value(BodyType.class, "type", type), purpose,
					FormValues.id("reportsToId", reportsToId), FormValues.integer("meetingsPerYear", meetingsPerYear),
					FormValues.value(BodyStatus.class, "status", status), FormValues.integer("quorum", quorum),
					FormValues.integer("youngPeopleMeetingsPerYear", youngPeopleMeetingsPerYear),
					FormValues.integer("youngPeoplePledgeNumber", youngPeoplePledgeNumber), FormValues.version(version));
		}
	}

	record TermsForm(@Nullable String purpose, @Nullable String legalFramework, @Nullable String objectives,
			@Nullable String membership, @Nullable String frequency, @Nullable String meetingsPerYear,
			@Nullable String expectations, @Nullable String governance, @Nullable String reviewDate,
			@Nullable String version) implements SubmittedForm {

		TermsOfReferenceRequest toRequest() {
			return new TermsOfReferenceRequest(purpose, legalFramework, FormValues.lines(objectives), membership,
					frequency, FormValues.integer("meetingsPerYear", meetingsPerYear), FormValues.lines(expectations),
					governance, FormValues.date("reviewDate", reviewDate), FormValues.version(version));
		}
	}

	record ApprovalForm(@Nullable String approvedOn, @Nullable String reviewDate, @Nullable String version)
			implements SubmittedForm {

		ApprovalRequest toRequest() {
			return new ApprovalRequest(FormValues.date("approvedOn", approvedOn),
					FormValues.date("reviewDate", reviewDate), FormValues.version(version));
		}
	}

	record SeatForm(@Nullable String role, @Nullable String position, @Nullable String organisationId,
			@Nullable String holderStatus, @Nullable String holder, @Nullable String candidates,
			@Nullable String deputies, @Nullable String version) implements SubmittedForm {

		SeatRequest toRequest() {
			return new SeatRequest(FormValues.value(SeatRole.class, "role", role), position,
					FormValues.id("organisationId", organisationId),
					FormValues.value(HolderStatus.class, "holderStatus", holderStatus), holder,
					FormValues.lines(candidates), FormValues.lines(deputies), FormValues.version(version));
		}
	}

	record MeetingForm(@Nullable String date, @Nullable String theme, @Nullable String priorityId,
			@Nullable String agenda, @Nullable String version) implements SubmittedForm {

		MeetingRequest toRequest() {
			return new MeetingRequest(FormValues.date("date", date), theme, FormValues.id("priorityId", priorityId),
					FormValues.lines(agenda), FormValues.version(version));
		}
	}

	record DecisionForm(@Nullable String type, @Nullable String wording) implements SubmittedForm {

		DecisionRequest toRequest() {
			return new DecisionRequest(FormValues.value(DecisionType.class, "type", type), wording);
		}
	}

	record ActionForm(@Nullable String title, @Nullable String seatId, @Nullable String organisationId,
			@Nullable String dueDate, @Nullable String version) implements SubmittedForm {

		ActionRequest toRequest() {
			return new ActionRequest(title, FormValues.id("seatId", seatId),
					FormValues.id("organisationId", organisationId), FormValues.date("dueDate", dueDate),
					FormValues.version(version));
		}
	}

	record ActionUpdateForm(@Nullable String date, @Nullable String text, @Nullable String status)
			implements SubmittedForm {

		ActionUpdateRequest toRequest() {
			return new ActionUpdateRequest(FormValues.date("date", date), text,
					FormValues.value(ActionStatus.class, "status", status));
		}
	}

	/** An organisation as typed; contacts one a line: role, then optionally email and telephone after semicolons. */
	record OrganisationForm(@Nullable String key, @Nullable String name, @Nullable String sector,
			@Nullable String contacts, @Nullable String version) implements SubmittedForm {

		/** @param key the organisation's key: as typed for a new one, the one it has for a change */
		OrganisationRequest toRequest(@Nullable String key) {
			return new OrganisationRequest(key, name, FormValues.value(Sector.class, "sector", sector), contactList(),
					FormValues.version(version));
		}

		private List<ContactRequest> contactList() {
			return FormValues.lines(contacts).stream().map(line -> {
				String[] parts = line.split(";", 3);
				return new ContactRequest(parts[0].strip(), part(parts, 1), part(parts, 2));
			}).toList();
		}

		private static @Nullable String part(String[] parts, int index) {
			return parts.length > index && !parts[index].isBlank() ? parts[index].strip() : null;
		}
	}

	/** A new partner's pledge, with the rating it starts with. */
	record PartnerPledgeForm(@Nullable String organisationId, @Nullable String theme, @Nullable String text,
			@Nullable String committedOn, @Nullable String rag) implements SubmittedForm {

		PartnerPledgeRequest toRequest() {
			return new PartnerPledgeRequest(FormValues.id("organisationId", organisationId), theme, text,
					FormValues.date("committedOn", committedOn), FormValues.value(Rag.class, "rag", rag), null);
		}
	}

	/**
	 * A partner's pledge reworded: its {@code wording} is the pledge's text (the page's update form has a
	 * {@code text} of its own); the organisation and rating stay as they are.
	 */
	record PledgeRevisionForm(@Nullable String theme, @Nullable String wording, @Nullable String committedOn,
			@Nullable String version) implements SubmittedForm {

		PartnerPledgeRequest toRequest(long organisationId, Rag rag) {
			return new PartnerPledgeRequest(organisationId, theme, wording, FormValues.date("committedOn", committedOn),
					rag, FormValues.version(version));
		}
	}

	record PledgeUpdateForm(@Nullable String date, @Nullable String text, @Nullable String rag)
			implements SubmittedForm {

		PartnerPledgeUpdateRequest toRequest() {
			return new PartnerPledgeUpdateRequest(FormValues.date("date", date), text,
					FormValues.value(Rag.class, "rag", rag));
		}
	}

	/** Whether the organisation is a relevant corporate parent ({@code yes} or {@code no}) and the duties ticked. */
	record CorporateParentForm(@Nullable String corporateParent, @Nullable List<String> duties,
			@Nullable String version) implements SubmittedForm {

		CorporateParentRequest toRequest() {
			Boolean parent = corporateParent == null || corporateParent.isBlank() ? null : "yes".equals(corporateParent);
			return new CorporateParentRequest(parent, Objects.requireNonNullElse(duties, List.<String>of())
				.stream()
				.map(duty -> FormValues.value(CorporateParentDuty.class, "duties", duty))
				.toList(), FormValues.version(version));
		}
	}

	/** An offer as typed; its take-up one quarter a line, such as {@code 2025-26 Q1: 4}. */
	record PartnerOfferForm(@Nullable String organisationId, @Nullable String area, @Nullable String title,
			@Nullable String whatIsOffered, @Nullable String eligibility, @Nullable String places,
			@Nullable String budgetPounds, @Nullable String status, @Nullable String takeUp,
			@Nullable String version) implements SubmittedForm {

		PartnerOfferRequest toRequest() {
			return new PartnerOfferRequest(FormValues.id("organisationId", organisationId),
					FormValues.value(CovenantArea.class, "area", area), title, whatIsOffered, eligibility,
					FormValues.integer("places", places), FormValues.integer("budgetPounds", budgetPounds),
					FormValues.value(PartnerOfferStatus.class, "status", status), false, takeUpFigures(),
					FormValues.version(version));
		}

		private List<TakeUpRequest> takeUpFigures() {
			List<TakeUpRequest> figures = new ArrayList<>();
			for (String line : FormValues.lines(takeUp)) {
				int colon = line.lastIndexOf(':');
				if (colon < 0) {
					throw InvalidInputException.of("takeUp",
							"Write each quarter on a line of its own with its figure after a colon, such as 2025-26 Q1: 4");
				}
				figures.add(new TakeUpRequest(line.substring(0, colon).strip(),
						FormValues.integer("takeUp", line.substring(colon + 1))));
			}
			return figures;
		}
	}

	/** A collaboration log entry as typed; the organisations ticked by id. */
	record CollaborationForm(@Nullable String date, @Nullable String kind, @Nullable List<String> organisationIds,
			@Nullable String summary, @Nullable String outcome) implements SubmittedForm {

		CollaborationRequest toRequest() {
			return new CollaborationRequest(FormValues.date("date", date),
					FormValues.value(CollaborationKind.class, "kind", kind),
					Objects.requireNonNullElse(organisationIds, List.<String>of())
						.stream()
						.map(id -> FormValues.id("organisationIds", id))
						.toList(),
					summary, outcome, null);
		}
	}
}
