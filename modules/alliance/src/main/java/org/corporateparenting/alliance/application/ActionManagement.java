package org.corporateparenting.alliance.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.corporateparenting.alliance.ActionStatus;
import org.corporateparenting.alliance.AllianceChanged;
import org.corporateparenting.alliance.AllocatedActionOverdue;
import org.corporateparenting.alliance.application.AllianceRequests.ActionRequest;
import org.corporateparenting.alliance.application.AllianceRequests.ActionUpdateRequest;
import org.corporateparenting.alliance.application.AllianceViews.ActionUpdateView;
import org.corporateparenting.alliance.application.AllianceViews.ActionView;
import org.corporateparenting.alliance.domain.ActionUpdate;
import org.corporateparenting.alliance.domain.ActionUpdates;
import org.corporateparenting.alliance.domain.AllocatedAction;
import org.corporateparenting.alliance.domain.AllocatedActions;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.Versions;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

/**
 * Actions allocated at meetings: who holds them, their updates, and which are overdue. A partner sees and
 * updates only the actions of their own organisation; to a partner, another organisation's action does not exist.
 */
@Service
@Transactional
public class ActionManagement {

	static final List<ActionStatus> CLOSED = Arrays.stream(ActionStatus.values())
		.filter(ActionStatus::closed)
		.toList();

	private final AllocatedActions actions;

	private final ActionUpdates updates;

	private final MeetingManagement meetings;

	private final Validator validator;

	private final ApplicationEventPublisher events;

	private final AllianceChanges changes;

	private final Clock clock;

	ActionManagement(AllocatedActions actions, ActionUpdates updates, MeetingManagement meetings, Validator validator,
			ApplicationEventPublisher events, AllianceChanges changes, Clock clock) {
		this.actions = actions;
		this.updates = updates;
		this.meetings = meetings;
		this.validator = validator;
		this.events = events;
		this.changes = changes;
		this.clock = clock;
	}

	/**
	 * The actions the caller may see, soonest due first.
	 *
	 * @param organisationId only this organisation's, if given
	 * @param overdueOnly only those past their due date and not complete or cancelled
	 */
	@Transactional(readOnly = true)
	public List<ActionView> actions(Caller caller, @Nullable Long organisationId, boolean overdueOnly) {
		LocalDate today = LocalDate.now(clock);
		List<AllocatedAction> candidates = organisationId != null ? actions.findByOrganisation(organisationId)
				: overdueOnly ? actions.findOverdue(today, CLOSED) : actions.findAllWithHolders();
		return candidates.stream()
			.filter(action -> caller.covers(action.getOrganisation()))
			.filter(action -> !overdueOnly || action.overdue(today))
			.map(action -> ActionView.of(action, today))
			.toList();
	}

	/** How many of the actions the caller sees are overdue today, counted by the database. */
	@Transactional(readOnly = true)
	public long overdueCount(Caller caller) {
		LocalDate today = LocalDate.now(clock);
		if (!caller.partnerOnly()) {
			return actions.countOverdue(today, CLOSED);
		}
		return caller.organisationKey() == null ? 0 : actions.countOverdueOf(caller.organisationKey(), today, CLOSED);
	}

	/** How many actions, whoever holds them, are overdue on a day: the council-wide count, for reporting. */
	@Transactional(readOnly = true)
	public long overdueCount(LocalDate today) {
		return actions.countOverdue(today, CLOSED);
	}

	@Transactional(readOnly = true)
	public List<ActionView> ofMeeting(Caller caller, long meetingId) {
		meetings.find(meetingId);
		LocalDate today = LocalDate.now(clock);
		return actions.findByMeeting(meetingId)
			.stream()
			.filter(action -> caller.covers(action.getOrganisation()))
			.map(action -> ActionView.of(action, today))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<ActionView> ofBody(Caller caller, long bodyId) {
		LocalDate today = LocalDate.now(clock);
		return actions.findByBody(bodyId)
			.stream()
			.filter(action -> caller.covers(action.getOrganisation()))
			.map(action -> ActionView.of(action, today))
			.toList();
	}

	@Transactional(readOnly = true)
	public ActionView action(Caller caller, long id) {
		return ActionView.of(visible(caller, id), LocalDate.now(clock));
	}

	@Transactional(readOnly = true)
	public List<ActionUpdateView> updates(Caller caller, long id) {
		visible(caller, id);
		return updates.findByActionIdOrderByUpdateDateDescRecordedAtDesc(id)
			.stream()
			.map(ActionUpdateView::of)
			.toList();
	}

	/** Rewords, reallocates or re-dates an action (officers); re-dating it publishes {@link AllianceChanged}. */
	public ActionView reallocate(long id, ActionRequest request) {
		AllocatedAction action = find(id);
		Versions.require(request.version(), action.getVersion());
		LocalDate due = action.getDueDate();
		meetings.allocate(action, action.getMeeting(), request);
		if (!action.getDueDate().equals(due)) {
			changes.announce();
		}
		return ActionView.of(actions.saveAndFlush(action), LocalDate.now(clock));
	}

	/**
	 * Records progress on an action and the status it is in now. A partner may do so only for an action of their
	 * own organisation; for another's they are refused. Completing, cancelling or reopening it publishes
	 * {@link AllianceChanged}, as it may change how many actions are overdue.
	 */
	public ActionUpdateView progress(Caller caller, long id, ActionUpdateRequest request) {
		AllocatedAction action = actions.findForUpdate(id).orElseThrow(() -> new NotFoundException("No action " + id));
		if (!caller.reportsFor(action.getOrganisation())) {
			throw new AccessDeniedException(
					"Partners update only the actions allocated to their own organisation");
		}
		List<FieldProblem> problems = FieldProblem.of(validator.validate(request));
		if (request.date() != null && request.date().isAfter(LocalDate.now(clock))) {
			problems.add(new FieldProblem("date", "must be today or earlier"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		boolean wasClosed = action.getStatus().closed();
		action.moveTo(request.status());
		actions.saveAndFlush(action);
		if (wasClosed != action.getStatus().closed()) {
			changes.announce();
		}
		return ActionUpdateView.of(updates.save(new ActionUpdate(action, request.date(), request.text().strip(),
				request.status(), caller.name(), Instant.now(clock))));
	}

	/** Publishes {@link AllocatedActionOverdue} once for each action that has passed its due date unfinished. */
	public int announceOverdue() {
		LocalDate today = LocalDate.now(clock);
		List<AllocatedAction> overdue = actions.findNewlyOverdue(today, CLOSED);
		for (AllocatedAction action : overdue) {
			action.announceOverdue();
			events.publishEvent(new AllocatedActionOverdue(CouncilContext.require(), action.getId(), action.getTitle(),
					action.getDueDate(), action.getOrganisation().getName(),
					action.getSeat() == null ? null : action.getSeat().getPosition()));
		}
		return overdue.size();
	}

	private AllocatedAction visible(Caller caller, long id) {
		AllocatedAction action = find(id);
		if (!caller.covers(action.getOrganisation())) {
			throw new NotFoundException("No action " + id);
		}
		return action;
	}

	private AllocatedAction find(long id) {
		return actions.findById(id).orElseThrow(() -> new NotFoundException("No action " + id));
	}
}
