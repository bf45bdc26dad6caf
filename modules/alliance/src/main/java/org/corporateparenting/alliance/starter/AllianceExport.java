package org.corporateparenting.alliance.starter;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.corporateparenting.alliance.MeetingStatus;
import org.corporateparenting.alliance.TermsOfReferenceStatus;
import org.corporateparenting.alliance.domain.AllocatedAction;
import org.corporateparenting.alliance.domain.AllocatedActions;
import org.corporateparenting.alliance.domain.CollaborationLog;
import org.corporateparenting.alliance.domain.Decisions;
import org.corporateparenting.alliance.domain.GovernanceBodies;
import org.corporateparenting.alliance.domain.GovernanceBody;
import org.corporateparenting.alliance.domain.Meeting;
import org.corporateparenting.alliance.domain.Meetings;
import org.corporateparenting.alliance.domain.PartnerOffers;
import org.corporateparenting.alliance.domain.PartnerOrganisation;
import org.corporateparenting.alliance.domain.PartnerOrganisations;
import org.corporateparenting.alliance.domain.PartnerPledgeUpdates;
import org.corporateparenting.alliance.domain.PartnerPledges;
import org.corporateparenting.alliance.domain.Seats;
import org.corporateparenting.alliance.domain.TermsOfReferenceEditions;
import org.corporateparenting.alliance.starter.AllianceStarterFile.ActionEntry;
import org.corporateparenting.alliance.starter.AllianceStarterFile.AttendanceEntry;
import org.corporateparenting.alliance.starter.AllianceStarterFile.BodyEntry;
import org.corporateparenting.alliance.starter.AllianceStarterFile.ContactEntry;
import org.corporateparenting.alliance.starter.AllianceStarterFile.DecisionEntry;
import org.corporateparenting.alliance.starter.AllianceStarterFile.MeetingEntry;
import org.corporateparenting.alliance.starter.AllianceStarterFile.OrganisationEntry;
import org.corporateparenting.alliance.starter.AllianceStarterFile.PartnerOfferEntry;
import org.corporateparenting.alliance.starter.AllianceStarterFile.PartnerPledgeEntry;
import org.corporateparenting.alliance.starter.AllianceStarterFile.PledgeUpdateEntry;
import org.corporateparenting.alliance.starter.AllianceStarterFile.SeatEntry;
import org.corporateparenting.alliance.starter.AllianceStarterFile.TakeUpEntry;
import org.corporateparenting.alliance.starter.AllianceStarterFile.TermsEntry;
import org.corporateparenting.tenancy.StarterExport;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the council's alliance back as its {@code alliance.yaml}: its partner organisations with their contacts,
 * its governance bodies with the terms of reference in force, seats, meetings (decisions and allocated actions) and
 * the partners' pledges with their updates. Organisations keep their own keys; bodies get a key made from their
 * name, since the file names them by key and the platform by id.
 */
@Component
class AllianceExport implements StarterExport {

	private final PartnerOrganisations organisations;

	private final GovernanceBodies bodies;

	private final TermsOfReferenceEditions terms;

	private final Seats seats;

	private final Meetings meetings;

	private final Decisions decisions;

	private final AllocatedActions actions;

	private final PartnerPledges pledges;

	private final PartnerPledgeUpdates pledgeUpdates;

	private final PartnerOffers offers;

	private final CollaborationLog log;

	AllianceExport(PartnerOrganisations organisations, GovernanceBodies bodies, TermsOfReferenceEditions terms,
			Seats seats, Meetings meetings, Decisions decisions, AllocatedActions actions, PartnerPledges pledges,
			PartnerPledgeUpdates pledgeUpdates, PartnerOffers offers, CollaborationLog log) {
		this.offers = offers;
		this.log = log;
		this.organisations = organisations;
		this.bodies = bodies;
		this.terms = terms;
		this.seats = seats;
		this.meetings = meetings;
		this.decisions = decisions;
		this.actions = actions;
		this.pledges = pledges;
		this.pledgeUpdates = pledgeUpdates;
	}

	@Override
	public String file() {
		return AllianceStarter.FILE;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AllianceStarterFile> export() {
		List<GovernanceBody> all = bodies.findAllWithReportingLines();
		if (all.isEmpty()) {
			return Optional.empty();
		}
		List<PartnerOrganisation> allOrganisations = organisations.findAllByOrderByName();
		Map<Long, String> organisationKeys = new HashMap<>();
		allOrganisations.forEach(organisation -> organisationKeys.put(organisation.getId(), organisation.getKey()));
		List<OrganisationEntry> organisationEntries = allOrganisations.stream()
			.map(organisation -> new OrganisationEntry(organisation.getKey(), organisation.getName(),
					organisation.getSector(), organisation.getContacts()
						.stream()
						.map(contact -> new ContactEntry(contact.role(), contact.email(), contact.telephone()))
						.toList(), organisation.isCorporateParent() ? Boolean.TRUE : null,
					List.copyOf(organisation.getDuties())))
			.toList();
		Map<Long, String> keys = new HashMap<>();
		Set<String> taken = new HashSet<>();
		all.forEach(body -> keys.put(body.getId(), StarterExport.keyOf(body.getName(), taken)));
		List<BodyEntry> bodyEntries = all.stream().map(body -> entry(body, keys)).toList();
		List<PartnerPledgeEntry> pledgeEntries = pledges.findAllWithOrganisation()
			.stream()
			.map(pledge -> new PartnerPledgeEntry(pledge.getOrganisation().getKey(), pledge.getTheme(),
					pledge.getText(), pledge.getCommittedOn(), pledge.getRag(),
					pledgeUpdates.findByPledgeIdOrderByUpdateDateDescRecordedAtDesc(pledge.getId())
						.reversed()
						.stream()
						.map(update -> new PledgeUpdateEntry(update.getUpdateDate(), update.getText(),
								update.getRag()))
						.toList()))
			.toList();
		List<PartnerOfferEntry> offerEntries = offers.findAllWithTakeUp()
			.stream()
			.map(offer -> new PartnerOfferEntry(offer.getOrganisation().getKey(), offer.getArea(), offer.getTitle(),
					offer.getWhatIsOffered(), offer.getEligibility(), offer.getPlaces(), offer.getBudgetPounds(),
					offer.getStatus(), offer.isIllustrative() ? Boolean.TRUE : null, offer.getTakeUp()
						.stream()
						.map(figure -> new TakeUpEntry(figure.quarter(), figure.takenUp()))
						.toList()))
			.toList();
		List<AllianceStarterFile.CollaborationEntry> logEntries = log.findAll(Sort.by("occurredOn", "id"))
			.stream()
			.map(entry -> new AllianceStarterFile.CollaborationEntry(entry.getOccurredOn(), entry.getKind(),
					entry.getOrganisationIds().stream().map(organisationKeys::get).sorted().toList(),
					entry.getSummary(), entry.getOutcome()))
			.toList();
		return Optional.of(new AllianceStarterFile(organisationEntries, bodyEntries, pledgeEntries, offerEntries,
				logEntries));
	}

	private BodyEntry entry(GovernanceBody body, Map<Long, String> keys) {
		TermsEntry inForce = terms.findFirstByBodyIdAndStatus(body.getId(), TermsOfReferenceStatus.IN_FORCE)
			.map(edition -> new TermsEntry(edition.getPurpose(), edition.getLegalFramework(), edition.getObjectives(),
					edition.getMembership(), edition.getFrequency(), edition.getMeetingsPerYear(),
					edition.getExpectations(), edition.getGovernance(), edition.getApprovedOn(),
					edition.getReviewDate()))
			.orElse(null);
		List<SeatEntry> seatEntries = seats.findByBody(body.getId())
			.stream()
			.map(seat -> new SeatEntry(seat.getRole(), seat.getPosition(), seat.getOrganisation().getKey(),
					seat.getHolderStatus(), seat.getHolder(), seat.getCandidates(), seat.getDeputies()))
			.toList();
		Map<Long, String> positions = new HashMap<>();
		seats.findByBody(body.getId()).forEach(seat -> positions.put(seat.getId(), seat.getPosition()));
		List<MeetingEntry> meetingEntries = meetings.findByBodyIdOrderByMeetingDateDesc(body.getId())
			.reversed()
			.stream()
			.map(meeting -> entry(meeting, positions))
			.toList();
		return new BodyEntry(keys.get(body.getId()), body.getName(), body.getType(), body.getPurpose(),
				body.getReportsTo() == null ? null : keys.get(body.getReportsTo().getId()), body.getMeetingsPerYear(),
				body.getStatus(), body.getQuorum(), body.getYoungPeopleMeetingsPerYear(),
				body.getYoungPeoplePledgeNumber(), inForce, seatEntries, meetingEntries);
	}

	private MeetingEntry entry(Meeting meeting, Map<Long, String> positions) {
		List<DecisionEntry> decided = decisions.findByMeetingIdOrderByNumber(meeting.getId())
			.stream()
			.map(decision -> new DecisionEntry(decision.getType(), decision.getWording()))
			.toList();
		List<ActionEntry> allocated = actions.findByMeeting(meeting.getId()).stream().map(this::entry).toList();
		return new MeetingEntry(meeting.getMeetingDate(), meeting.getTheme(), meeting.getYoungPeoplePresent(),
				meeting.getAgenda(), meeting.getMinutes(), decided, allocated, meeting.getStatus() == MeetingStatus.HELD,
				meeting.getAttendance()
					.stream()
					.filter(present -> positions.containsKey(present.seatId()))
					.map(present -> new AttendanceEntry(positions.get(present.seatId()), present.status(),
							present.deputy()))
					.toList());
	}

	private ActionEntry entry(AllocatedAction action) {
		return new ActionEntry(action.getTitle(), action.getOrganisation().getKey(),
				action.getSeat() == null ? null : action.getSeat().getPosition(), action.getDueDate(),
				action.getStatus());
	}
}
