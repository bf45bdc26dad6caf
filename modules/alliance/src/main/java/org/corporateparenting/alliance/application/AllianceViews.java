package org.corporateparenting.alliance.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.corporateparenting.alliance.ActionStatus;
import org.corporateparenting.alliance.AttendanceStatus;
import org.corporateparenting.alliance.BodyStatus;
import org.corporateparenting.alliance.BodyType;
import org.corporateparenting.alliance.CollaborationKind;
import org.corporateparenting.alliance.CorporateParentDuty;
import org.corporateparenting.alliance.CovenantArea;
import org.corporateparenting.alliance.DecisionType;
import org.corporateparenting.alliance.HolderStatus;
import org.corporateparenting.alliance.MeetingStatus;
import org.corporateparenting.alliance.PartnerOfferStatus;
import org.corporateparenting.alliance.Rag;
import org.corporateparenting.alliance.SeatRole;
import org.corporateparenting.alliance.Sector;
import org.corporateparenting.alliance.TermsOfReferenceStatus;
import org.corporateparenting.alliance.domain.ActionUpdate;
import org.corporateparenting.alliance.domain.AllocatedAction;
import org.corporateparenting.alliance.domain.CollaborationEntry;
import org.corporateparenting.alliance.domain.Decision;
import org.corporateparenting.alliance.domain.GovernanceBody;
import org.corporateparenting.alliance.domain.Meeting;
import org.corporateparenting.alliance.domain.PartnerOffer;
import org.corporateparenting.alliance.domain.PartnerOrganisation;
import org.corporateparenting.alliance.domain.PartnerPledge;
import org.corporateparenting.alliance.domain.PartnerPledgeUpdate;
import org.corporateparenting.alliance.domain.Seat;
import org.corporateparenting.alliance.domain.TermsOfReference;
import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The alliance's records as the API returns them and the pages show them, read inside the services'
 * transactions so nothing is loaded lazily afterwards.
 */
public final class AllianceViews {

	private AllianceViews() {
	}

	/** A body with how it reports; {@code reviewFlag} says whether its terms of reference are due for review. */
	public record BodyView(long id, long version, String name, BodyType type, String purpose,
			@Nullable Long reportsToId, @Nullable String reportsToName, int meetingsPerYear, BodyStatus status,
			@Nullable Integer quorum, @Nullable Integer youngPeopleMeetingsPerYear,
			@Nullable Integer youngPeoplePledgeNumber) {

		static BodyView of(GovernanceBody body) {
			GovernanceBody to = body.getReportsTo();
			return new BodyView(body.getId(), body.getVersion(), body.getName(), body.getType(), body.getPurpose(),
					to == null ? null : to.getId(), to == null ? null : to.getName(), body.getMeetingsPerYear(),
					body.getStatus(), body.getQuorum(), body.getYoungPeopleMeetingsPerYear(),
					body.getYoungPeoplePledgeNumber());
		}
	}

	/**
	 * @param review NONE, DUE (within 60 days) or OVERDUE
	 */
	public record TermsOfReferenceView(long id, long version, long bodyId, String bodyName, int edition,
			TermsOfReferenceStatus status, String purpose, @Nullable String legalFramework, List<String> objectives,
			@Nullable String membership, String frequency, int meetingsPerYear, List<String> expectations,
			@Nullable String governance, @Nullable LocalDate approvedOn, @Nullable LocalDate reviewDate,
			Review review) {

		static TermsOfReferenceView of(TermsOfReference terms, LocalDate today) {
			Review review = terms.reviewOverdue(today) ? Review.OVERDUE
					: terms.reviewDueWithin(today, Review.DUE_WITHIN_DAYS) ? Review.DUE : Review.NONE;
			return new TermsOfReferenceView(terms.getId(), terms.getVersion(), terms.getBody().getId(),
					terms.getBody().getName(), terms.getEdition(), terms.getStatus(), terms.getPurpose(),
					terms.getLegalFramework(), terms.getObjectives(), terms.getMembership(), terms.getFrequency(),
					terms.getMeetingsPerYear(), terms.getExpectations(), terms.getGovernance(), terms.getApprovedOn(),
					terms.getReviewDate(), review);
		}
	}

	/** Whether terms of reference in force are due for review. */
	public enum Review {

		NONE, DUE, OVERDUE;

		/** How far ahead a review shows as due. */
		public static final int DUE_WITHIN_DAYS = 60;
	}

	public record OrganisationView(long id, long version, String key, String name, Sector sector,
			List<ContactView> contacts) {

		static OrganisationView of(PartnerOrganisation organisation) {
			return new OrganisationView(organisation.getId(), organisation.getVersion(), organisation.getKey(),
					organisation.getName(), organisation.getSector(), organisation.getContacts()
						.stream()
						.map(contact -> new ContactView(contact.role(), contact.email(), contact.telephone()))
						.toList());
		}
	}

	public record ContactView(String role, @Nullable String email, @Nullable String telephone) {
	}

	public record SeatView(long id, long version, long bodyId, String bodyName, SeatRole role, String position,
			long organisationId, String organisationName, String organisationKey, Sector sector,
			HolderStatus holderStatus, @Nullable String holder, List<String> candidates, List<String> deputies) {

		static SeatView of(Seat seat) {
			return new SeatView(seat.getId(), seat.getVersion(), seat.getBody().getId(), seat.getBody().getName(),
					seat.getRole(), seat.getPosition(), seat.getOrganisation().getId(),
					seat.getOrganisation().getName(), seat.getOrganisation().getKey(), seat.getOrganisation().getSector(),
					seat.getHolderStatus(),
					seat.getHolder(), seat.getCandidates(), seat.getDeputies());
		}

		/** Who sits in it, as the membership list shows it. */
		public String occupant() {
			return switch (holderStatus) {
				case CONFIRMED -> holder == null ? position : holder;
				case TENTATIVE -> "To be confirmed: " + String.join(" or ", candidates);
				case VACANT -> "Vacant";
			};
		}
	}

	/** @param quorate null when the body has no quorum rule or the meeting has not been held */
	public record MeetingView(long id, long version, long bodyId, String bodyName, BodyType bodyType,
			LocalDate date, @Nullable String theme, @Nullable Long priorityId, @Nullable String priorityLabel,
			List<String> agenda, MeetingStatus status, List<AttendanceView> attendance, int youngPeoplePresent,
			@Nullable Boolean quorate, @Nullable String minutes) {

		static MeetingView of(Meeting meeting, List<Seat> seats) {
			List<AttendanceView> attendance = meeting.getAttendance().stream().map(entry -> {
				Seat seat = seats.stream().filter(s -> s.getId() == entry.seatId()).findFirst().orElse(null);
				return new AttendanceView(entry.seatId(), seat == null ? "Seat no longer on the body" : seat.getPosition(),
						seat == null ? "" : seat.getOrganisation().getName(), entry.status(), entry.deputy());
			}).toList();
			GovernanceBody body = meeting.getBody();
			return new MeetingView(meeting.getId(), meeting.getVersion(), body.getId(), body.getName(), body.getType(),
					meeting.getMeetingDate(), meeting.getTheme(), meeting.getPriorityId(), meeting.getPriorityLabel(),
					List.copyOf(meeting.getAgenda()), meeting.getStatus(), attendance, meeting.getYoungPeoplePresent(),
					meeting.getQuorate(), meeting.getMinutes());
		}

		public long represented() {
			return attendance.stream().filter(entry -> entry.status().represented()).count();
		}
	}

	public record AttendanceView(long seatId, String position, String organisationName, AttendanceStatus status,
			@Nullable String deputy) {
	}

	public record DecisionView(long id, long meetingId, int number, DecisionType type, String wording) {

		static DecisionView of(Decision decision) {
			return new DecisionView(decision.getId(), decision.getMeeting().getId(), decision.getNumber(),
					decision.getType(), decision.getWording());
		}
	}

	@Schema(name = "AllocatedActionView", description = "An action allocated at a meeting of a governance body")
	public record ActionView(long id, long version, long meetingId, LocalDate meetingDate, long bodyId,
			String bodyName, String title, @Nullable Long seatId, @Nullable String seatPosition, long organisationId,
			String organisationName, String organisationKey, LocalDate dueDate, ActionStatus status,
			boolean overdue) {

		static ActionView of(AllocatedAction action, LocalDate today) {
			Seat seat = action.getSeat();
			Meeting meeting = action.getMeeting();
			return new ActionView(action.getId(), action.getVersion(), meeting.getId(), meeting.getMeetingDate(),
					meeting.getBody().getId(), meeting.getBody().getName(), action.getTitle(),
					seat == null ? null : seat.getId(), seat == null ? null : seat.getPosition(),
					action.getOrganisation().getId(), action.getOrganisation().getName(),
					action.getOrganisation().getKey(), action.getDueDate(), action.getStatus(), action.overdue(today));
		}

		/** Who holds it, as lists show it. */
		public String holder() {
			return seatPosition == null ? organisationName : seatPosition + " (" + organisationName + ")";
		}
	}

	public record ActionUpdateView(long id, LocalDate date, String text, ActionStatus status, String author,
			Instant recordedAt) {

		static ActionUpdateView of(ActionUpdate update) {
			return new ActionUpdateView(update.getId(), update.getUpdateDate(), update.getText(), update.getStatus(),
					update.getAuthor(), update.getRecordedAt());
		}
	}

	public record PartnerPledgeView(long id, long version, long organisationId, String organisationName,
			String organisationKey, Sector sector, String theme, String text, LocalDate committedOn, Rag rag,
			@Nullable LocalDate lastUpdated) {

		static PartnerPledgeView of(PartnerPledge pledge, @Nullable LocalDate lastUpdated) {
			PartnerOrganisation organisation = pledge.getOrganisation();
			return new PartnerPledgeView(pledge.getId(), pledge.getVersion(), organisation.getId(),
					organisation.getName(), organisation.getKey(), organisation.getSector(), pledge.getTheme(),
					pledge.getText(), pledge.getCommittedOn(), pledge.getRag(), lastUpdated);
		}
	}

	public record PartnerPledgeUpdateView(long id, LocalDate date, String text, Rag rag, String author,
			Instant recordedAt) {

		static PartnerPledgeUpdateView of(PartnerPledgeUpdate update) {
			return new PartnerPledgeUpdateView(update.getId(), update.getUpdateDate(), update.getText(),
					update.getRag(), update.getAuthor(), update.getRecordedAt());
		}
	}

	public record CorporateParentView(long organisationId, long version, String organisationName,
			boolean corporateParent, List<CorporateParentDuty> duties) {

		static CorporateParentView of(PartnerOrganisation organisation) {
			return new CorporateParentView(organisation.getId(), organisation.getVersion(), organisation.getName(),
					organisation.isCorporateParent(), List.copyOf(organisation.getDuties()));
		}
	}

	public record PartnerOfferView(long id, long version, long organisationId, String organisationName,
			String organisationKey, CovenantArea area, String title, String whatIsOffered,
			@Nullable String eligibility, @Nullable Integer places, @Nullable Integer budgetPounds,
			PartnerOfferStatus status, boolean illustrative, List<TakeUpView> takeUp) {

		static PartnerOfferView of(PartnerOffer offer) {
			PartnerOrganisation organisation = offer.getOrganisation();
			return new PartnerOfferView(offer.getId(), offer.getVersion(), organisation.getId(), organisation.getName(),
					organisation.getKey(), offer.getArea(), offer.getTitle(), offer.getWhatIsOffered(),
					offer.getEligibility(), offer.getPlaces(), offer.getBudgetPounds(), offer.getStatus(),
					offer.isIllustrative(), offer.getTakeUp()
						.stream()
						.map(figure -> new TakeUpView(figure.quarter(), figure.takenUp()))
						.toList());
		}

		/** The latest quarter's figure, if any quarter has one. */
		public @Nullable TakeUpView latestTakeUp() {
			return takeUp.isEmpty() ? null : takeUp.getLast();
		}
	}

	@Schema(name = "PartnerOfferTakeUp")
	public record TakeUpView(String quarter, int takenUp) {
	}

	public record CollaborationView(long id, long version, LocalDate date, CollaborationKind kind,
			List<Long> organisationIds, List<OrganisationName> organisations, String summary,
			@Nullable String outcome) {

		static CollaborationView of(CollaborationEntry entry, Map<Long, String> names) {
			return new CollaborationView(entry.getId(), entry.getVersion(), entry.getOccurredOn(), entry.getKind(),
					entry.getOrganisationIds().stream().sorted().toList(),
					entry.getOrganisationIds()
						.stream()
						.map(id -> new OrganisationName(id, names.getOrDefault(id, "Organisation " + id)))
						.sorted(java.util.Comparator.comparing(OrganisationName::name))
						.toList(),
					entry.getSummary(), entry.getOutcome());
		}
	}

	public record OrganisationName(long id, String name) {
	}
}
