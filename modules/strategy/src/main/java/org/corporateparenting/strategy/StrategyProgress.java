package org.corporateparenting.strategy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * How the strategy in force is being delivered, priority by priority, as reporting summarises it for the council
 * dashboard and the board pack. Called in the current council's context.
 */
public interface StrategyProgress {

	/**
	 * The strategy in force and the action plan of the year that contains {@code today} (else its latest plan),
	 * with every action of that plan under its priority; empty when the council has no strategy in force, or its
	 * strategy has no action plan yet.
	 */
	Optional<PlanProgress> current(LocalDate today);

	/**
	 * The priorities the given actions sit under, each with every action it has in the same plan as the given one
	 * (their latest notes left out): what to count again when those actions changed, in one query.
	 */
	List<PriorityInPlan> prioritiesOf(Collection<Long> actionIds, LocalDate today);

	/**
	 * @param planId the action plan of the year
	 * @param planYear the plan's year as the module writes it, such as "2024/25"
	 */
	record PlanProgress(long strategyId, String strategyTitle, long planId, String planYear,
			List<PriorityProgress> priorities) {
	}

	/** A priority's actions in one plan. */
	record PriorityInPlan(long planId, long priorityId, List<ActionLine> actions) {
	}

	/**
	 * @param number the priority's number within its strategy (1, 2, ...)
	 * @param theme the standard theme the priority was given, if any
	 */
	record PriorityProgress(long priorityId, int number, String title, @Nullable Theme theme,
			List<ActionLine> actions) {
	}

	/**
	 * @param rag the action's red, amber or green rating today (the officer's override if any), if it has one
	 * @param overdue past its due date and not closed
	 * @param latestNote the narrative of its latest progress update, if any
	 * @param path where its page is, below {@code /councils/{council}}
	 */
	record ActionLine(long id, String reference, String title, @Nullable String owner, @Nullable LocalDate dueDate,
			ActionStatus status, int percentComplete, @Nullable Rag rag, boolean overdue, @Nullable String latestNote,
			String path) {

		/**
		 * Rated green, or complete: what the dashboard and partnerships count as delivery progress. An action whose
		 * status says on track while its RAG is amber or red is not counted, so the two never contradict each other.
		 */
		public boolean greenOrComplete() {
			return rag == Rag.GREEN || status == ActionStatus.COMPLETE;
		}
	}
}
