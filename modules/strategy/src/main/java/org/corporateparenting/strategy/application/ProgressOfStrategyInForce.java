package org.corporateparenting.strategy.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.corporateparenting.strategy.StrategyProgress;
import org.corporateparenting.strategy.domain.Action;
import org.corporateparenting.strategy.domain.ActionStanding;
import org.corporateparenting.strategy.domain.ActionPlan;
import org.corporateparenting.strategy.domain.ActionPlans;
import org.corporateparenting.strategy.domain.Actions;
import org.corporateparenting.strategy.domain.Priorities;
import org.corporateparenting.strategy.domain.Priority;
import org.corporateparenting.strategy.domain.ProgressNote;
import org.corporateparenting.strategy.domain.ProgressUpdates;
import org.corporateparenting.strategy.domain.Strategies;
import org.corporateparenting.strategy.domain.Strategy;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Summarises the council's active strategy for reporting: one query each for the strategy, its plans, its
 * priorities, the plan's actions and their latest notes, however many actions the plan has. A strategy with no
 * action plan yet has nothing to summarise.
 */
@Component
class ProgressOfStrategyInForce implements StrategyProgress {

	private final Strategies strategies;

	private final ActionPlans plans;

	private final Priorities priorities;

	private final Actions actions;

	private final ProgressUpdates progress;

	ProgressOfStrategyInForce(Strategies strategies, ActionPlans plans, Priorities priorities, Actions actions,
			ProgressUpdates progress) {
		this.strategies = strategies;
		this.plans = plans;
		this.priorities = priorities;
		this.actions = actions;
		this.progress = progress;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PlanProgress> current(LocalDate today) {
		return strategies.findActive()
			.flatMap(strategy -> planFor(strategy, today).map(plan -> progress(strategy, plan, today)));
	}

	/** The plan of the year containing today, else the latest: a strategy may outlive its last plan. */
	private Optional<ActionPlan> planFor(Strategy strategy, LocalDate today) {
		List<ActionPlan> ofStrategy = plans.findByStrategyIdOrderByYear(strategy.getId());
		return ofStrategy.stream()
			.filter(plan -> plan.getYear().contains(today))
			.findFirst()
			.or(() -> ofStrategy.stream().max(Comparator.comparing(ActionPlan::getYear)));
	}

	private PlanProgress progress(Strategy strategy, ActionPlan plan, LocalDate today) {
		Map<Long, String> latestNotes = progress.findNotesOfPlanLatestFirst(plan.getId())
			.stream()
			.collect(Collectors.toMap(ProgressNote::actionId, ProgressNote::narrative, (latest, earlier) -> latest));
		Map<Long, List<ActionLine>> linesByPriority = actions.findWithPledgesByPlanIdOrderByReference(plan.getId())
			.stream()
			.collect(Collectors.groupingBy(action -> action.getPriority().getId(),
					Collectors.mapping(action -> line(action, latestNotes.get(action.getId()), today),
							Collectors.toList())));
		List<PriorityProgress> byPriority = priorities.findWithPrinciplesByStrategyIdOrderByPosition(strategy.getId())
			.stream()
			.map(priority -> priorityProgress(priority, linesByPriority.getOrDefault(priority.getId(), List.of())))
			.toList();
		return new PlanProgress(strategy.getId(), strategy.getTitle(), plan.getId(), plan.getYear().toString(),
				byPriority);
	}

	@Override
	@Transactional(readOnly = true)
	public List<PriorityInPlan> prioritiesOf(Collection<Long> actionIds, LocalDate today) {
		if (actionIds.isEmpty()) {
			return List.of();
		}
		record Key(long planId, long priorityId) {
		}
		Map<Key, List<ActionLine>> lines = new java.util.LinkedHashMap<>();
		List<ActionStanding> standing = actionIds.size() == 1
				? actions.standingAlongside(actionIds.iterator().next().longValue())
				: actions.standingAlongside(actionIds);
		for (ActionStanding action : standing) {
			lines.computeIfAbsent(new Key(action.planId(), action.priorityId()), key -> new java.util.ArrayList<>())
				.add(new ActionLine(action.id(), action.reference(), action.title(), action.owner(), action.dueDate(),
						action.status(), action.percentComplete(), action.rag(today), action.overdue(today), null,
						"/actions/" + action.id()));
		}
		return lines.entrySet()
			.stream()
			.map(entry -> new PriorityInPlan(entry.getKey().planId(), entry.getKey().priorityId(), entry.getValue()))
			.toList();
	}

	private static PriorityProgress priorityProgress(Priority priority, List<ActionLine> lines) {
		return new PriorityProgress(priority.getId(), priority.getPosition(), priority.getTitle(), priority.getTheme(),
				lines);
	}

	private static ActionLine line(Action action, @Nullable String latestNote, LocalDate today) {
		return new ActionLine(action.getId(), action.getReference(), action.getTitle(), action.getOwner(),
				action.getDueDate(), action.getStatus(), action.getPercentComplete(), action.rag(today),
				action.isOverdue(today), latestNote, "/actions/" + action.getId());
	}
}
