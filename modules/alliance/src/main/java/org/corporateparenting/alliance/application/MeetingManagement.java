package org.corporateparenting.alliance.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.corporateparenting.alliance.AllianceChanged;
import org.corporateparenting.alliance.AttendanceStatus;
import org.corporateparenting.alliance.DecisionRecorded;
import org.corporateparenting.alliance.MeetingHeld;
import org.corporateparenting.alliance.MeetingStatus;
import org.corporateparenting.alliance.PriorityCatalogue;
import org.corporateparenting.alliance.PriorityCatalogue.PriorityOption;
import org.corporateparenting.alliance.application.AllianceRequests.ActionRequest;
import org.corporateparenting.alliance.application.AllianceRequests.AttendanceRequest;
import org.corporateparenting.alliance.application.AllianceRequests.DecisionRequest;
import org.corporateparenting.alliance.application.AllianceRequests.HeldRequest;
import org.corporateparenting.alliance.application.AllianceRequests.MeetingRequest;
import org.corporateparenting.alliance.application.AllianceViews.ActionView;
import org.corporateparenting.alliance.application.AllianceViews.DecisionView;
import org.corporateparenting.alliance.application.AllianceViews.MeetingView;
import org.corporateparenting.alliance.domain.AllocatedAction;
import org.corporateparenting.alliance.domain.AllocatedActions;
import org.corporateparenting.alliance.domain.Decision;
import org.corporateparenting.alliance.domain.Decisions;
import org.corporateparenting.alliance.domain.GovernanceBody;
import org.corporateparenting.alliance.domain.Meeting;
import org.corporateparenting.alliance.domain.Meetings;
import org.corporateparenting.alliance.domain.PartnerOrganisation;
import org.corporateparenting.alliance.domain.PartnerOrganisations;
import org.corporateparenting.alliance.domain.Seat;
import org.corporateparenting.alliance.domain.Seats;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.web.ConflictException;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.Versions;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

/**
 * A body's meetings: scheduling them with a theme and agenda, recording them as held with attendance for each
 * seat, the decisions they took and the actions they allocated.
 */
@Service
@Transactional
public class MeetingManagement {

	private final Meetings meetings;

	private final Seats seats;

	private final Decisions decisions;

	private final AllocatedActions actions;

	private final PartnerOrganisations organisations;

	private final GovernanceManagement governance;

	private final ObjectProvider<PriorityCatalogue> priorities;

	private final Validator validator;

	private final ApplicationEventPublisher events;

	private final AllianceChanges changes;

	private final Clock clock;

	MeetingManagement(Meetings meetings, Seats seats, Decisions decisions, AllocatedActions actions,
			PartnerOrganisations organisations, GovernanceManagement governance,
			ObjectProvider<PriorityCatalogue> priorities, Validator validator, ApplicationEventPublisher events,
			AllianceChanges changes, Clock clock) {
		this.meetings = meetings;
		this.seats = seats;
		this.decisions = decisions;
		this.actions = actions;
		this.organisations = organisations;
		this.governance = governance;
		this.priorities = priorities;
		this.validator = validator;
		this.events = events;
		this.changes = changes;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<MeetingView> meetings(long bodyId) {
		governance.find(bodyId);
		List<Seat> bodySeats = seats.findByBody(bodyId);
		return meetings.findByBodyIdOrderByMeetingDateDesc(bodyId)
			.stream()
			.map(meeting -> MeetingView.of(meeting, bodySeats))
			.toList();
	}

	@Transactional(readOnly = true)
	public MeetingView meeting(long id) {
		Meeting meeting = find(id);
		return MeetingView.of(meeting, seats.findByBody(meeting.getBody().getId()));
	}

	/** The meeting of the same body before this one, if any: its actions go in this meeting's pack. */
	@Transactional(readOnly = true)
	public @Nullable MeetingView previous(long id) {
		Meeting meeting = find(id);
		return meetings
			.findFirstByBodyIdAndMeetingDateBeforeOrderByMeetingDateDesc(meeting.getBody().getId(),
					meeting.getMeetingDate())
			.map(previous -> MeetingView.of(previous, seats.findByBody(previous.getBody().getId())))
			.orElse(null);
	}

	/** The strategy priorities a meeting can be themed on; none when no module provides them. */
	@Transactional(readOnly = true)
	public List<PriorityOption> priorities() {
		PriorityCatalogue catalogue = priorities.getIfAvailable();
		return catalogue == null ? List.of() : catalogue.priorities();
	}

	public MeetingView schedule(long bodyId, MeetingRequest request) {
		GovernanceBody body = governance.find(bodyId);
		PriorityOption priority = check(request);
		Meeting meeting = new Meeting(body);
		plan(meeting, request, priority);
		return MeetingView.of(meetings.saveAndFlush(meeting), seats.findByBody(bodyId));
	}

	/** Changes a meeting's date, theme or agenda; for a held meeting, {@link AllianceChanged} is published. */
	public MeetingView replan(long id, MeetingRequest request) {
		PriorityOption priority = check(request);
		Meeting meeting = find(id);
		if (meeting.getStatus() == MeetingStatus.HELD && request.date() != null
				&& request.date().isAfter(LocalDate.now(clock))) {
			throw InvalidInputException.of("date", "The meeting has been held: its date cannot be in the future");
		}
		Versions.require(request.version(), meeting.getVersion());
		plan(meeting, request, priority);
		if (meeting.getStatus() == MeetingStatus.HELD) {
			changes.announce();
		}
		return MeetingView.of(meetings.saveAndFlush(meeting), seats.findByBody(meeting.getBody().getId()));
	}

	private static void plan(Meeting meeting, MeetingRequest request, @Nullable PriorityOption priority) {
		meeting.plan(request.date(), Stripped.text(request.theme()),
				priority == null ? null : priority.id(), priority == null ? null : priority.label(),
				Stripped.items(request.agenda()));
	}

	private @Nullable PriorityOption check(MeetingRequest request) {
		List<FieldProblem> problems = FieldProblem.of(validator.validate(request));
		PriorityOption priority = null;
		if (request.priorityId() != null) {
			PriorityCatalogue catalogue = priorities.getIfAvailable();
			priority = catalogue == null ? null : catalogue.priority(request.priorityId()).orElse(null);
			if (priority == null) {
				problems.add(new FieldProblem("priorityId", "No strategy priority " + request.priorityId() + " exists"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return priority;
	}

	/**
	 * Records the meeting as held: attendance for each seat named (each seat once, and only seats of this body), how
	 * many young people took part, and the minutes. The first time, {@link MeetingHeld} is published; a correction
	 * later publishes {@link AllianceChanged}.
	 */
	public MeetingView hold(long id, HeldRequest request) {
		Meeting meeting = find(id);
		List<Seat> bodySeats = seats.findByBody(meeting.getBody().getId());
		List<FieldProblem> problems = FieldProblem.of(validator.validate(request));
		List<AttendanceRequest> attendance = Objects.requireNonNullElse(request.attendance(), List.of());
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < attendance.size(); i++) {
			AttendanceRequest entry = attendance.get(i);
			if (entry == null || entry.seatId() == null) {
				continue;
			}
			if (bodySeats.stream().noneMatch(seat -> seat.getId().equals(entry.seatId()))) {
				problems.add(new FieldProblem("attendance[" + i + "].seatId",
						"Seat " + entry.seatId() + " is not a seat on " + meeting.getBody().getName()));
			}
			if (!seen.add(entry.seatId())) {
				problems.add(new FieldProblem("attendance[" + i + "].seatId", "Seat " + entry.seatId() + " is given twice"));
			}
			if (entry.status() == AttendanceStatus.DEPUTY_ATTENDED && Stripped.text(entry.deputy()) == null) {
				problems.add(new FieldProblem("attendance[" + i + "].deputy", "Say who attended as deputy, by role"));
			}
		}
		if (meeting.getMeetingDate().isAfter(LocalDate.now(clock))) {
			problems.add(new FieldProblem("date", "The meeting is on " + meeting.getMeetingDate()
					+ ": record it as held once it has taken place"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Versions.require(request.version(), meeting.getVersion());
		boolean first = meeting.getStatus() != MeetingStatus.HELD;
		meeting.hold(attendance.stream()
			.map(entry -> new Meeting.Attendance(entry.seatId(), entry.status(),
					entry.status() == AttendanceStatus.DEPUTY_ATTENDED ? entry.deputy().strip() : null))
			.toList(), request.youngPeoplePresent(), Stripped.text(request.minutes()));
		meetings.saveAndFlush(meeting);
		if (first) {
			GovernanceBody body = meeting.getBody();
			events.publishEvent(new MeetingHeld(CouncilContext.require(), meeting.getId(), body.getId(), body.getName(),
					body.getType(), meeting.getMeetingDate(), meeting.getTheme(), meeting.getPriorityId(),
					meeting.getYoungPeoplePresent(), meeting.getQuorate()));
		}
		else {
			changes.announce();
		}
		return MeetingView.of(meeting, bodySeats);
	}

	@Transactional(readOnly = true)
	public List<DecisionView> decisions(long meetingId) {
		find(meetingId);
		return decisions.findByMeetingIdOrderByNumber(meetingId).stream().map(DecisionView::of).toList();
	}

	public DecisionView decide(long meetingId, DecisionRequest request) {
		List<FieldProblem> problems = FieldProblem.of(validator.validate(request));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Meeting meeting = find(meetingId);
		if (meeting.getMeetingDate().isAfter(LocalDate.now(clock))) {
			throw new ConflictException("The meeting on " + meeting.getMeetingDate()
					+ " has not taken place: its decisions are recorded once it has");
		}
		Decision decision = decisions.saveAndFlush(new Decision(meeting, decisions.countByMeetingId(meetingId) + 1,
				request.type(), request.wording().strip()));
		GovernanceBody body = meeting.getBody();
		events.publishEvent(new DecisionRecorded(CouncilContext.require(), decision.getId(), meeting.getId(),
				body.getId(), body.getName(), meeting.getMeetingDate(), decision.getType(), decision.getWording()));
		return DecisionView.of(decision);
	}

	/**
	 * Allocates an action raised at the meeting to a seat (and so its organisation) or to an organisation. Without
	 * a due date it is due the day before the body's next meeting, or, with none scheduled, a meeting interval
	 * after this one. Publishes {@link AllianceChanged}: the meeting has one more action, perhaps one already overdue.
	 */
	public ActionView allocate(long meetingId, ActionRequest request) {
		Meeting meeting = find(meetingId);
		AllocatedAction action = new AllocatedAction(meeting);
		allocate(action, meeting, request);
		changes.announce();
		return ActionView.of(actions.saveAndFlush(action), LocalDate.now(clock));
	}

	void allocate(AllocatedAction action, Meeting meeting, ActionRequest request) {
		List<FieldProblem> problems = FieldProblem.of(validator.validate(request));
		Seat seat = null;
		PartnerOrganisation organisation = null;
		if (request.seatId() != null) {
			seat = seats.findById(request.seatId())
				.filter(found -> found.getBody().getId().equals(meeting.getBody().getId()))
				.orElse(null);
			if (seat == null) {
				problems.add(new FieldProblem("seatId",
						"Seat " + request.seatId() + " is not a seat on " + meeting.getBody().getName()));
			}
		}
		if (request.organisationId() != null) {
			organisation = organisations.findById(request.organisationId()).orElse(null);
			if (organisation == null) {
				problems.add(new FieldProblem("organisationId", "No organisation " + request.organisationId() + " exists"));
			}
		}
		if (request.seatId() == null && request.organisationId() == null) {
			problems.add(new FieldProblem("organisationId", "Allocate the action to a seat or an organisation"));
		}
		if (seat != null && organisation != null && !seat.getOrganisation().getId().equals(organisation.getId())) {
			problems.add(new FieldProblem("organisationId",
					"The seat belongs to " + seat.getOrganisation().getName() + ", not " + organisation.getName()));
		}
		if (request.dueDate() != null && request.dueDate().isBefore(meeting.getMeetingDate())) {
			problems.add(new FieldProblem("dueDate", "must be on or after the meeting, " + meeting.getMeetingDate()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		LocalDate due = request.dueDate() != null ? request.dueDate() : defaultDueDate(meeting);
		action.allocate(request.title().strip(), seat, seat != null ? seat.getOrganisation() : organisation, due);
	}

	LocalDate defaultDueDate(Meeting meeting) {
		return meetings
			.findFirstByBodyIdAndMeetingDateAfterOrderByMeetingDate(meeting.getBody().getId(), meeting.getMeetingDate())
			.map(next -> next.getMeetingDate().minusDays(1))
			.orElseGet(() -> meeting.getMeetingDate()
				.plusDays(365 / Math.max(1, meeting.getBody().getMeetingsPerYear()) - 1));
	}

	Meeting find(long id) {
		return meetings.findById(id).orElseThrow(() -> new NotFoundException("No meeting " + id));
	}
}
