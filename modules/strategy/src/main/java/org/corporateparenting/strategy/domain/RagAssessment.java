package org.corporateparenting.strategy.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.corporateparenting.strategy.ActionStatus;
import org.corporateparenting.strategy.Rag;
import org.jspecify.annotations.Nullable;

/**
 * Suggests a RAG rating from an action's dates and how complete it is. Expected progress grows evenly from the
 * start date to the due date; performance is percent complete divided by expected progress: green from 90%,
 * amber from 70%, red below. An action past its due date and not complete is red. Complete is green; an action
 * carried forward or dropped has no rating.
 */
public final class RagAssessment {

	private RagAssessment() {
	}

	public static @Nullable Rag suggest(ActionStatus status, int percentComplete, LocalDate start, LocalDate due,
			LocalDate today) {
		if (status == ActionStatus.COMPLETE || percentComplete >= 100) {
			return status == ActionStatus.CARRIED_FORWARD || status == ActionStatus.DROPPED ? null : Rag.GREEN;
		}
		if (status == ActionStatus.CARRIED_FORWARD || status == ActionStatus.DROPPED) {
			return null;
		}
		if (today.isAfter(due)) {
			return Rag.RED;
		}
		double expected = expectedPercent(start, due, today);
		if (expected <= 0) {
			return Rag.GREEN;
		}
		double performance = percentComplete / expected;
		return performance >= 0.9 ? Rag.GREEN : performance >= 0.7 ? Rag.AMBER : Rag.RED;
	}

	/** How complete an action should be by today: 0 until its start, 100 from its due date, evenly between. */
	public static double expectedPercent(LocalDate start, LocalDate due, LocalDate today) {
		if (!today.isBefore(due)) {
			return 100;
		}
		if (!today.isAfter(start)) {
			return 0;
		}
		long elapsed = ChronoUnit.DAYS.between(start, today);
		long span = ChronoUnit.DAYS.between(start, due);
		return 100.0 * elapsed / span;
	}
}
