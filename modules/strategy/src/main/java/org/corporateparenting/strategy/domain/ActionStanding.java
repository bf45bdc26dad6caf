package org.corporateparenting.strategy.domain;

import java.time.LocalDate;

import org.corporateparenting.strategy.ActionStatus;
import org.corporateparenting.strategy.Rag;
import org.jspecify.annotations.Nullable;

/**
 * Where an action stands, read as columns rather than as the action itself: what counting a priority's actions needs,
 * without loading each action (and its pledges) into the session. RAG and overdue as {@link Action} works them out.
 */
public record ActionStanding(long id, long planId, long priorityId, String reference, String title,
		@Nullable String owner, LocalDate startDate, LocalDate dueDate, ActionStatus status, int percentComplete,
		@Nullable Rag ragOverride) {

	public @Nullable Rag rag(LocalDate today) {
		return ragOverride != null ? ragOverride
				: RagAssessment.suggest(status, percentComplete, startDate, dueDate, today);
	}

	public boolean overdue(LocalDate today) {
		return !status.isClosed() && today.isAfter(dueDate);
	}
}
