package org.corporateparenting.alliance.starter;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.corporateparenting.alliance.ActionStatus;
import org.corporateparenting.alliance.AllianceChanged;
import org.corporateparenting.alliance.OrganisationFile;
import org.corporateparenting.alliance.application.ActionManagement;
import org.corporateparenting.alliance.application.AllianceChanges;
import org.corporateparenting.alliance.application.AllianceRequests.ActionRequest;
import org.corporateparenting.alliance.application.AllianceRequests.ActionUpdateRequest;
import org.corporateparenting.alliance.application.AllianceRequests.ApprovalRequest;
import org.corporateparenting.alliance.application.AllianceRequests.AttendanceRequest;
import org.corporateparenting.alliance.application.AllianceRequests.BodyRequest;
import org.corporateparenting.alliance.application.AllianceRequests.ContactRequest;
import org.corporateparenting.alliance.application.AllianceRequests.DecisionRequest;
import org.corporateparenting.alliance.application.AllianceRequests.HeldRequest;
import org.corporateparenting.alliance.application.AllianceRequests.MeetingRequest;
import org.corporateparenting.alliance.application.AllianceRequests.OrganisationRequest;
import org.corporateparenting.alliance.application.AllianceRequests.PartnerPledgeRequest;
import org.corporateparenting.alliance.application.AllianceRequests.PartnerPledgeUpdateRequest;
import org.corporateparenting.alliance.application.AllianceRequests.SeatRequest;
import org.corporateparenting.alliance.application.AllianceRequests.TermsOfReferenceRequest;
import org.corporateparenting.alliance.application.Caller;
import org.corporateparenting.alliance.application.GovernanceManagement;
import org.corporateparenting.alliance.application.MeetingManagement;
import org.corporateparenting.alliance.application.OrganisationManagement;
import org.corporateparenting.alliance.application.PartnerPledgeManagement;
import org.corporateparenting.alliance.application.SeatManagement;
import org.corporateparenting.alliance.application.TermsOfReferenceManagement;
import org.corporateparenting.alliance.domain.GovernanceBodies;
import org.corporateparenting.alliance.starter.AllianceStarterFile.ActionEntry;
import org.corporateparenting.alliance.starter.AllianceStarterFile.BodyEntry;
import org.corporateparenting.alliance.starter.AllianceStarterFile.MeetingEntry;
import org.corporateparenting.alliance.starter.AllianceStarterFile.OrganisationEntry;
import org.corporateparenting.alliance.starter.AllianceStarterFile.PartnerPledgeEntry;
import org.corporateparenting.alliance.starter.AllianceStarterFile.SeatEntry;
import org.corporateparenting.alliance.starter.AllianceStarterFile.TermsEntry;
import org.corporateparenting.pledges.PledgeFile;
import org.corporateparenting.tenancy.BundleProblem;
import org.corporateparenting.tenancy.CouncilBundle;
import org.corporateparenting.tenancy.StarterFiles;
import org.corporateparenting.tenancy.StarterImport;
import org.corporateparenting.web.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

/**
 * Imports a council's {@code alliance.yaml} when it is onboarded: its partner organisations, governance bodies
 * with their terms of reference, seats and recorded meetings (decisions and allocated actions), and partners'
 * pledges. The whole file is checked first; a file with problems imports nothing.
 */
@Component
class AllianceStarter implements StarterImport, OrganisationFile {

	static final String FILE = "alliance.yaml";

	private static final Logger log = LoggerFactory.getLogger(AllianceStarter.class);

	private final GovernanceManagement governance;

	private final TermsOfReferenceManagement terms;

	private final SeatManagement seats;

	private final MeetingManagement meetings;

	private final ActionManagement actions;

	private final OrganisationManagement organisations;

	private final PartnerPledgeManagement pledges;

	private final AllianceChanges changes;

	private final GovernanceBodies bodies;

	private final Validator validator;

	private final Clock clock;

	private final PledgeFile pledgeFile;

	private final PartnerRecordsImport partners;

	AllianceStarter(GovernanceManagement governance, TermsOfReferenceManagement terms, SeatManagement seats,
			MeetingManagement meetings, ActionManagement actions, OrganisationManagement organisations,
			PartnerPledgeManagement pledges, AllianceChanges changes, GovernanceBodies bodies, Validator validator,
			Clock clock, PledgeFile pledgeFile, PartnerRecordsImport partners) {
		this.partners = partners;
		this.pledgeFile = pledgeFile;
		this.governance = governance;
		this.terms = terms;
		this.seats = seats;
		this.organisations = organisations;
		this.pledges = pledges;
		this.meetings = meetings;
		this.actions = actions;
		this.changes = changes;
		this.bodies = bodies;
		this.validator = validator;
		this.clock = clock;
	}

	@Override
	public String file() {
		return FILE;
	}

	/** After the pledges its bodies name, before the strategy whose actions name its partners. */
	@Override
	public int order() {
		return 20;
	}

	/** Checks the file, and that each pledge a body names is in the bundle's pledges. */
	@Override
	public List<BundleProblem> check(CouncilBundle bundle) {
		return StarterFiles.check(bundle, FILE, AllianceStarterFile.class, content -> {
			List<FieldProblem> problems = new ArrayList<>(check(content));
			Set<Integer> pledgeNumbers = pledgeFile.pledgeNumbers(bundle);
			for (int b = 0; b < content.bodies().size(); b++) {
				Integer number = content.bodies().get(b).youngPeoplePledgeNumber();
				if (number != null && !pledgeNumbers.contains(number)) {
					problems.add(new FieldProblem("bodies[" + b + "].youngPeoplePledgeNumber",
							"names pledge " + number + ", which is not in the bundle's " + PledgeFile.FILE));
				}
			}
			return problems;
		});
	}

	@Override
	@Transactional
	public void load(Path file) {
		importFile(file);
	}

	@Override
	public Set<String> organisationKeys(CouncilBundle bundle) {
		Set<String> keys = new TreeSet<>();
		StarterFiles.check(bundle, FILE, AllianceStarterFile.class, content -> {
			content.organisations()
				.stream()
				.filter(organisation -> organisation != null && organisation.key() != null)
				.forEach(organisation -> keys.add(organisation.key()));
			return List.of();
		});
		return keys;
	}

	/**
	 * Imports the file in one transaction, which publishes {@link AllianceChanged} once.
	 *
	 * @return how many bodies were imported
	 */
	@Transactional
	public int importFile(Path file) {
		AllianceStarterFile content = StarterFiles.read(file, AllianceStarterFile.class);
		List<FieldProblem> problems = check(content);
		StarterFiles.refuseIfAny(file, problems);
		Caller importer = Caller.council(file.getParent().getFileName() + "/" + FILE);
		Map<String, Long> organisationIds = new HashMap<>();
		for (int o = 0; o < content.organisations().size(); o++) {
			OrganisationEntry entry = content.organisations().get(o);
			organisationIds.put(entry.key(), StarterFiles.entry(file, "organisations[" + o + "]", () -> organisations.create(
					new OrganisationRequest(entry.key(), entry.name(), entry.sector(), entry.contacts()
						.stream()
						.map(contact -> new ContactRequest(contact.role(), contact.email(), contact.telephone()))
						.toList(), null))
				.id()));
		}
		Map<String, Long> bodyIds = new HashMap<>();
		List<BodyEntry> pending = new ArrayList<>(content.bodies());
		while (!pending.isEmpty()) {
			BodyEntry next = pending.stream()
				.filter(entry -> entry.reportsTo() == null || bodyIds.containsKey(entry.reportsTo()))
				.findFirst()
				.orElseThrow();
			pending.remove(next);
			bodyIds.put(next.key(), StarterFiles.entry(file, "bodies[" + content.bodies().indexOf(next) + "]",
					() -> importBody(next, bodyIds, organisationIds, importer)));
		}
		partners.importDuties(file, content, organisationIds);
		for (int p = 0; p < content.partnerPledges().size(); p++) {
			PartnerPledgeEntry entry = content.partnerPledges().get(p);
			StarterFiles.entry(file, "partnerPledges[" + p + "]", () -> {
				long id = pledges.commit(new PartnerPledgeRequest(organisationIds.get(entry.organisation()),
						entry.theme(), entry.text(), entry.committedOn(), entry.rag(), null)).id();
				entry.updates().forEach(update -> pledges.progress(importer, id,
						new PartnerPledgeUpdateRequest(update.date(), update.text(), update.rag())));
				return id;
			});
		}
		partners.importOffersAndCollaboration(file, content, organisationIds, importer);
		// One AllianceChanged for the whole import, however many of the writes above announced one.
		changes.announce();
		log.info("Imported {} organisations, {} governance bodies and {} partner pledges",
				content.organisations().size(), content.bodies().size(), content.partnerPledges().size());
		return content.bodies().size();
	}

	private long importBody(BodyEntry entry, Map<String, Long> bodyIds, Map<String, Long> organisationIds,
			Caller importer) {
		long id = governance.create(new BodyRequest(entry.name(), entry.type(), entry.purpose(),
				entry.reportsTo() == null ? null : bodyIds.get(entry.reportsTo()), entry.meetingsPerYear(),
				entry.status(), entry.quorum(), entry.youngPeopleMeetingsPerYear(), entry.youngPeoplePledgeNumber(),
				null)).id();
		TermsEntry given = entry.termsOfReference();
		if (given != null) {
			var edition = terms.draft(id, new TermsOfReferenceRequest(given.purpose(), given.legalFramework(),
					given.objectives(), given.membership(), given.frequency(), given.meetingsPerYear(),
					given.expectations(), given.governance(), given.reviewDate(), null));
			terms.approve(edition.id(),
					new ApprovalRequest(given.approvedOn(), given.reviewDate(), edition.version()));
		}
		Map<String, Long> seatIds = new HashMap<>();
		for (SeatEntry seat : entry.seats()) {
			seatIds.put(seat.position(), seats.addSeat(id, new SeatRequest(seat.role(), seat.position(),
					organisationIds.get(seat.organisation()), seat.holderStatus(), seat.holder(), seat.candidates(),
					seat.deputies(), null)).id());
		}
		LocalDate today = LocalDate.now(clock);
		for (MeetingEntry meeting : entry.meetings()) {
			var scheduled = meetings.schedule(id,
					new MeetingRequest(meeting.date(), meeting.theme(), null, meeting.agenda(), null));
			boolean held = meeting.held() == null ? !meeting.date().isAfter(today) : meeting.held();
			if (held) {
				meetings.hold(scheduled.id(), new HeldRequest(meeting.attendance()
					.stream()
					.map(present -> new AttendanceRequest(seatIds.get(present.seat()), present.status(), present.deputy()))
					.toList(),
						meeting.youngPeoplePresent() == null ? 0 : meeting.youngPeoplePresent(), meeting.minutes(),
						scheduled.version()));
			}
			meeting.decisions()
				.forEach(decision -> meetings.decide(scheduled.id(),
						new DecisionRequest(decision.type(), decision.wording())));
			for (ActionEntry action : meeting.actions()) {
				long actionId = meetings.allocate(scheduled.id(),
						new ActionRequest(action.title(), action.seat() == null ? null : seatIds.get(action.seat()),
								action.organisation() == null ? null : organisationIds.get(action.organisation()),
								action.dueDate(), null))
					.id();
				if (action.status() != ActionStatus.NOT_STARTED) {
					LocalDate asOf = action.dueDate().isAfter(today) ? today : action.dueDate();
					actions.progress(importer, actionId, new ActionUpdateRequest(asOf,
							"Status as the council recorded it when it joined the platform", action.status()));
				}
			}
		}
		return id;
	}

	private List<FieldProblem> check(AllianceStarterFile content) {
		List<FieldProblem> problems = FieldProblem.of(validator.validate(content));
		if (!problems.isEmpty()) {
			return problems;
		}
		Set<String> organisations = new HashSet<>();
		for (int o = 0; o < content.organisations().size(); o++) {
			if (!organisations.add(content.organisations().get(o).key())) {
				problems.add(new FieldProblem("organisations[" + o + "].key", "is used by another organisation"));
			}
		}
		Set<String> bodyKeys = new HashSet<>();
		content.bodies().forEach(body -> bodyKeys.add(body.key()));
		if (bodyKeys.size() < content.bodies().size()) {
			problems.add(new FieldProblem("bodies", "two bodies have the same key"));
		}
		for (int b = 0; b < content.bodies().size(); b++) {
			BodyEntry body = content.bodies().get(b);
			String at = "bodies[" + b + "]";
			if (body.reportsTo() != null && !bodyKeys.contains(body.reportsTo())) {
				problems.add(new FieldProblem(at + ".reportsTo", "no body with the key " + body.reportsTo()));
			}
			Set<String> positions = new HashSet<>();
			for (int s = 0; s < body.seats().size(); s++) {
				SeatEntry seat = body.seats().get(s);
				if (!organisations.contains(seat.organisation())) {
					problems.add(new FieldProblem(at + ".seats[" + s + "].organisation",
							"no organisation with the key " + seat.organisation()));
				}
				if (!positions.add(seat.position())) {
					problems.add(new FieldProblem(at + ".seats[" + s + "].position", "is used by another seat"));
				}
			}
			for (int m = 0; m < body.meetings().size(); m++) {
				MeetingEntry meeting = body.meetings().get(m);
				if (Boolean.TRUE.equals(meeting.held()) && meeting.date().isAfter(LocalDate.now(clock))) {
					problems.add(new FieldProblem(at + ".meetings[" + m + "].held",
							"a meeting after today cannot have been held yet"));
				}
				for (int p = 0; p < meeting.attendance().size(); p++) {
					String seat = meeting.attendance().get(p).seat();
					if (!positions.contains(seat)) {
						problems.add(new FieldProblem(at + ".meetings[" + m + "].attendance[" + p + "].seat",
								"no seat " + seat + " on this body"));
					}
				}
				List<ActionEntry> allocated = meeting.actions();
				for (int a = 0; a < allocated.size(); a++) {
					ActionEntry action = allocated.get(a);
					String where = at + ".meetings[" + m + "].actions[" + a + "]";
					if (action.organisation() != null && !organisations.contains(action.organisation())) {
						problems.add(new FieldProblem(where + ".organisation",
								"no organisation with the key " + action.organisation()));
					}
					if (action.seat() != null && !positions.contains(action.seat())) {
						problems.add(new FieldProblem(where + ".seat", "no seat " + action.seat() + " on this body"));
					}
					if (action.organisation() == null && action.seat() == null) {
						problems.add(new FieldProblem(where, "give the organisation or seat it is allocated to"));
					}
				}
			}
		}
		if (problems.isEmpty() && hasCycle(content.bodies())) {
			problems.add(new FieldProblem("bodies", "the reportsTo lines go round in a circle"));
		}
		for (int p = 0; p < content.partnerPledges().size(); p++) {
			String organisation = content.partnerPledges().get(p).organisation();
			if (!organisations.contains(organisation)) {
				problems.add(new FieldProblem("partnerPledges[" + p + "].organisation",
						"no organisation with the key " + organisation));
			}
		}
		for (int f = 0; f < content.partnerOffers().size(); f++) {
			String organisation = content.partnerOffers().get(f).organisation();
			if (!organisations.contains(organisation)) {
				problems.add(new FieldProblem("partnerOffers[" + f + "].organisation",
						"no organisation with the key " + organisation));
			}
		}
		for (int c = 0; c < content.collaboration().size(); c++) {
			List<String> named = content.collaboration().get(c).organisations();
			for (int o = 0; o < named.size(); o++) {
				if (!organisations.contains(named.get(o))) {
					problems.add(new FieldProblem("collaboration[" + c + "].organisations[" + o + "]",
							"no organisation with the key " + named.get(o)));
				}
			}
		}
		return problems;
	}

	private static boolean hasCycle(List<BodyEntry> bodies) {
		Map<String, String> reportsTo = new HashMap<>();
		bodies.forEach(body -> reportsTo.put(body.key(), body.reportsTo()));
		for (String start : reportsTo.keySet()) {
			String at = reportsTo.get(start);
			for (int steps = 0; at != null; steps++) {
				if (at.equals(start) || steps > bodies.size()) {
					return true;
				}
				at = reportsTo.get(at);
			}
		}
		return false;
	}
}
