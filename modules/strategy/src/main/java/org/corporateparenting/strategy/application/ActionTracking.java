package org.corporateparenting.strategy.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.corporateparenting.alliance.PartnerOrganisationDirectory;
import org.corporateparenting.pledges.PledgeCatalogue;
import org.corporateparenting.strategy.ActionPlanChanged;
import org.corporateparenting.strategy.ActionPlanRolledOver;
import org.corporateparenting.strategy.ActionProgressRecorded;
import org.corporateparenting.strategy.ActionStatus;
import org.corporateparenting.strategy.ActionStatusChanged;
import org.corporateparenting.strategy.Rag;
import org.corporateparenting.strategy.domain.Action;
import org.corporateparenting.strategy.domain.ActionDetails;
import org.corporateparenting.strategy.domain.ActionPlan;
import org.corporateparenting.strategy.domain.ActionPlans;
import org.corporateparenting.strategy.domain.Actions;
import org.corporateparenting.strategy.domain.OverdueAction;
import org.corporateparenting.strategy.domain.PlanYear;
import org.corporateparenting.strategy.domain.Priorities;
import org.corporateparenting.strategy.domain.Priority;
import org.corporateparenting.strategy.domain.ProgressUpdate;
import org.corporateparenting.strategy.domain.ProgressUpdates;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.web.ConflictException;
import org.corporateparenting.web.CouncilPermissions;
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

/** Delivering a strategy: actions in a year's plan, progress against them, and rolling a plan over a year. */
@Service
@Transactional
public class ActionTracking {

	/** The council itself, for progress recorded by officers and their imports. */
	private static final CouncilPermissions COUNCIL = CouncilPermissions.of(Set.of("ROLE_OFFICER"), null);

	static final Set<ActionStatus> CLOSED = EnumSet.of(ActionStatus.COMPLETE, ActionStatus.CARRIED_FORWARD,
			ActionStatus.DROPPED);

	private final Actions actions;

	private final ActionPlans plans;

	private final Priorities priorities;

	private final ProgressUpdates progress;

	private final Validator validator;

	private final ApplicationEventPublisher events;

	private final PledgeCatalogue pledges;

	private final PartnerOrganisationDirectory partners;

	private final Clock clock;

	ActionTracking(Actions actions, ActionPlans plans, Priorities priorities, ProgressUpdates progress,
			Validator validator, ApplicationEventPublisher events, PledgeCatalogue pledges,
			PartnerOrganisationDirectory partners, Clock clock) {
		this.pledges = pledges;
		this.partners = partners;
		this.actions = actions;
		this.plans = plans;
		this.priorities = priorities;
		this.progress = progress;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	@Transactional(readOnly = true)
	public List<Action> actions(long planId) {
		plan(planId);
		return actions.findByPlanIdOrderByReference(planId);
	}

	@Transactional(readOnly = true)
	public List<Action> actionsOfStrategy(long strategyId) {
		return actions.findByPlanStrategyId(strategyId);
	}

	@Transactional(readOnly = true)
	public Action action(long id) {
		return actions.findById(id).orElseThrow(() -> new NotFoundException("No action " + id));
	}

	@Transactional(readOnly = true)
	public List<Action> overdue() {
		return actions.findByDueDateBeforeAndStatusNotInOrderByDueDate(today(), CLOSED);
	}

	/** The overdue actions, most overdue first, by reference and title only: one query. */
	@Transactional(readOnly = true)
	public List<OverdueAction> overdueList() {
		return actions.findOverdue(today(), CLOSED);
	}

	@Transactional(readOnly = true)
	public List<ProgressUpdate> progress(long actionId) {
		action(actionId);
		return progress.findByActionIdOrderByProgressDateDescRecordedAtDesc(actionId);
	}

	public Action create(long planId, ActionRequest request) {
		ActionPlan plan = plan(planId);
		if (plan.isRolledOver()) {
			throw new ConflictException("The " + plan.getYear() + " plan was rolled over into "
					+ plan.getYear().next() + " (action plan " + plan.getRolledOverTo() + "): add new actions there");
		}
		Priority priority = check(plan, request);
		String reference = request.reference() == null || request.reference().isBlank() ? nextReference(plan)
				: request.reference().strip();
		if (actions.existsByReference(reference)) {
			throw new InvalidInputException(List.of(new FieldProblem("reference",
					"Another action already has the reference " + reference)));
		}
		Action action = new Action(plan, reference, details(priority, request));
		action.report(Objects.requireNonNullElse(request.status(), ActionStatus.NOT_STARTED),
				Objects.requireNonNullElse(request.percentComplete(), 0), request.dropReason());
		action.overrideRag(request.ragOverride(), request.ragOverrideReason());
		announceEdit(plan);
		return actions.save(action);
	}

	public Action update(long id, ActionRequest request) {
		Action action = action(id);
		refuseIfCarriedForward(action);
		Priority priority = check(action.getPlan(), request);
		Versions.require(request.version(), action.getVersion());
		ActionStatus before = action.getStatus();
		Rag ragBefore = action.rag(today());
		action.describe(details(priority, request));
		action.report(Objects.requireNonNullElse(request.status(), before),
				Objects.requireNonNullElse(request.percentComplete(), action.getPercentComplete()),
				request.dropReason());
		action.overrideRag(request.ragOverride(), request.ragOverrideReason());
		Action saved = actions.saveAndFlush(action);
		announceChange(saved, before, ragBefore);
		announceEdit(saved.getPlan());
		return saved;
	}

	/**
	 * Gives the action to another owner (a role or team) and the email they are reminded at, leaving the rest of it
	 * as it is: checked and announced as any change of the action is.
	 */
	public Action reassign(long id, @Nullable String owner, @Nullable String ownerEmail, @Nullable Long version) {
		Action action = action(id);
		return update(id, new ActionRequest(action.getReference(), action.getPriority().getId(), action.getTitle(),
				action.getDescription(), owner, ownerEmail, action.getPartnerOrganisationId(), action.getStartDate(),
				action.getDueDate(), action.getOutcomeMeasure(), action.getStatus(), action.getPercentComplete(),
				action.getDropReason(), action.getRagOverride(), action.getRagOverrideReason(), action.isIllustrative(),
				Set.copyOf(action.getPledgeIds()), version));
	}

	/** Records progress on the council's behalf (an officer, or an import an officer made). */
	public ProgressUpdate record(long actionId, ProgressRequest request, String author) {
		return record(actionId, request, author, COUNCIL);
	}

	/**
	 * Records progress by someone who may report it: an editor on any action, a partner only on the actions their
	 * organisation owns (refused otherwise, before anything is checked). An action of a plan rolled over takes no
	 * more progress: it goes on the action carried forward into the next year's plan.
	 */
	public ProgressUpdate record(long actionId, ProgressRequest request, String author, CouncilPermissions may) {
		Action owned = actions.findForUpdate(actionId)
			.orElseThrow(() -> new NotFoundException("No action " + actionId));
		if (!mayReportOn(owned, may)) {
			throw new AccessDeniedException("Partners report progress only on the actions their organisation owns");
		}
		if (owned.getPlan().isRolledOver()) {
			throw new ConflictException(owned.getStatus() == ActionStatus.CARRIED_FORWARD
					? "This action was carried forward into the " + owned.getPlan().getYear().next()
							+ " plan: record progress on it there (action " + owned.getCarriedTo() + ")"
					: "The " + owned.getPlan().getYear() + " plan was rolled over into "
							+ owned.getPlan().getYear().next() + " (action plan " + owned.getPlan().getRolledOverTo()
							+ "): it takes no more progress");
		}
		List<FieldProblem> problems = FieldProblem.of(validator.validate(request));
		checkStatus(request.status(), request.dropReason(), problems);
		if (request.date() != null && request.date().isAfter(today())) {
			problems.add(new FieldProblem("date", "must be today or in the past"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Action action = owned;
		ActionStatus before = action.getStatus();
		Rag ragBefore = action.rag(today());
		action.report(request.status(), request.percentComplete(), request.dropReason());
		ProgressUpdate update = progress.save(new ProgressUpdate(action,
				request.date() == null ? today() : request.date(), Instant.now(clock), request.narrative().strip(),
				request.evidence() == null ? null : String.join("\n", request.evidence()), action.getStatus(),
				action.getPercentComplete(), author));
		actions.saveAndFlush(action);
		events.publishEvent(new ActionProgressRecorded(CouncilContext.require(), action.getId(), update.getId(),
				action.getStatus(), action.getPercentComplete(), action.rag(today()), update.getRecordedAt()));
		announceChange(action, before, ragBefore);
		return update;
	}

	/**
	 * Creates next year's plan with every unfinished action carried forward: the old action is marked carried
	 * forward and each points at the other, so both plans keep their history.
	 */
	public ActionPlan rollover(long planId) {
		ActionPlan plan = plan(planId);
		if (plan.isRolledOver()) {
			throw new ConflictException("The " + plan.getYear() + " plan has already been rolled over");
		}
		PlanYear nextYear = plan.getYear().next();
		long strategyId = plan.getStrategy().getId();
		ActionPlan next = plans.findByStrategyIdAndYear(strategyId, nextYear.toString())
			.orElseGet(() -> plans.save(new ActionPlan(plan.getStrategy(), nextYear)));
		List<Long> carried = new ArrayList<>();
		for (Action action : actions.findByPlanIdOrderByReference(planId)) {
			if (action.getStatus().isClosed()) {
				continue;
			}
			ActionStatus before = action.getStatus();
			Action copy = actions.save(action.carryForwardInto(next, carriedReference(action, nextYear)));
			action.carriedInto(copy);
			carried.add(copy.getId());
			events.publishEvent(new ActionStatusChanged(CouncilContext.require(), action.getId(),
					action.getReference(), before, ActionStatus.CARRIED_FORWARD, null));
		}
		plan.rolledOverTo(next);
		events.publishEvent(new ActionPlanRolledOver(CouncilContext.require(), plan.getId(),
				plan.getYear().toString(), next.getId(), nextYear.toString(), carried));
		return next;
	}

	/**
	 * Whether this person may record progress on the action: editors on any; someone who reports progress (a partner)
	 * on the actions owned by their own organisation.
	 */
	@Transactional(readOnly = true)
	public boolean mayReportOn(Action action, CouncilPermissions may) {
		if (may.edit()) {
			return true;
		}
		Long owner = action.getPartnerOrganisationId();
		return may.reportProgress() && owner != null && partners.keyOf(owner).map(may::reportsFor).orElse(false);
	}

	private static void refuseIfCarriedForward(Action action) {
		if (action.getStatus() == ActionStatus.CARRIED_FORWARD) {
			throw new ConflictException("This action was carried forward into the " + action.getPlan().getYear().next()
					+ " plan: change it there (action " + action.getCarriedTo() + ")");
		}
	}

	private ActionPlan plan(long id) {
		return plans.findById(id).orElseThrow(() -> new NotFoundException("No action plan " + id));
	}

	private void announceChange(Action action, ActionStatus before, Rag ragBefore) {
		Rag ragNow = action.rag(today());
		if (before != action.getStatus() || ragBefore != ragNow) {
			events.publishEvent(new ActionStatusChanged(CouncilContext.require(), action.getId(),
					action.getReference(), before, action.getStatus(), ragNow));
		}
	}

	/**
	 * An action added or edited changes what its plan reports (title, owner, dates, RAG override) even when its
	 * status stays the same, so it is announced on its own.
	 */
	private void announceEdit(ActionPlan plan) {
		events.publishEvent(new ActionPlanChanged(CouncilContext.require(), plan.getStrategy().getId()));
	}

	private Priority check(ActionPlan plan, ActionRequest request) {
		List<FieldProblem> problems = FieldProblem.of(validator.validate(request));
		if (request.startDate() != null && request.dueDate() != null
				&& request.dueDate().isBefore(request.startDate())) {
			problems.add(new FieldProblem("dueDate", "must be on or after the start date"));
		}
		if (request.status() != null) {
			checkStatus(request.status(), request.dropReason(), problems);
		}
		if (request.ragOverride() != null && (request.ragOverrideReason() == null || request.ragOverrideReason().isBlank())) {
			problems.add(new FieldProblem("ragOverrideReason", "Give a reason for overriding the suggested RAG"));
		}
		Priority priority = null;
		if (request.priorityId() != null) {
			priority = priorities.findById(request.priorityId())
				.filter(found -> found.getStrategy().getId().equals(plan.getStrategy().getId()))
				.orElse(null);
			if (priority == null) {
				problems.add(new FieldProblem("priorityId", "must be a priority of this action plan's strategy"));
			}
		}
		if (request.partnerOrganisationId() != null && partners.keyOf(request.partnerOrganisationId()).isEmpty()) {
			problems.add(new FieldProblem("partnerOrganisationId",
					"No partner organisation " + request.partnerOrganisationId() + " is on the council's alliance"));
		}
		if (request.pledgeIds() != null && !request.pledgeIds().isEmpty()) {
			if (request.pledgeIds().stream().anyMatch(Objects::isNull)) {
				problems.add(new FieldProblem("pledgeIds", "must not hold an empty pledge id"));
			}
			else {
				Set<Long> missing = pledges.missing(request.pledgeIds());
				if (!missing.isEmpty()) {
					problems.add(new FieldProblem("pledgeIds", "No pledge " + missing.stream()
						.map(String::valueOf)
						.collect(Collectors.joining(", ")) + " exists in the council's pledges"));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return priority;
	}

	private static void checkStatus(ActionStatus status, String dropReason, List<FieldProblem> problems) {
		if (status == ActionStatus.CARRIED_FORWARD) {
			problems.add(new FieldProblem("status", "Actions are carried forward by rolling their plan over"));
		}
		if (status == ActionStatus.DROPPED && (dropReason == null || dropReason.isBlank())) {
			problems.add(new FieldProblem("dropReason", "Give the reason the action was dropped"));
		}
	}

	private String nextReference(ActionPlan plan) {
		String prefix = plan.getYear().toString().replace('/', '-') + "-";
		int number = actions.findByPlanIdOrderByReference(plan.getId()).size() + 1;
		while (actions.existsByReference(prefix + "%02d".formatted(number))) {
			number++;
		}
		return prefix + "%02d".formatted(number);
	}

	private String carriedReference(Action action, PlanYear year) {
		String base = action.getReference() + "-CF" + "%02d".formatted(year.startYear() % 100);
		String reference = base;
		for (int i = 2; actions.existsByReference(reference); i++) {
			reference = base + "-" + i;
		}
		return reference;
	}

	private static ActionDetails details(Priority priority, ActionRequest request) {
		return new ActionDetails(priority, request.title().strip(), request.description(), request.owner().strip(),
				request.ownerEmail() == null || request.ownerEmail().isBlank() ? null
						: request.ownerEmail().strip().toLowerCase(java.util.Locale.ROOT),
				request.partnerOrganisationId(), request.startDate(), request.dueDate(), request.outcomeMeasure(),
				Boolean.TRUE.equals(request.illustrative()), request.pledgeIds() == null ? Set.of() : request.pledgeIds());
	}
}
