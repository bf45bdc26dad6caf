package org.corporateparenting.strategy;

import org.corporateparenting.tenancy.CouncilEvent;

/** An action's status or RAG changed. */
public record ActionStatusChanged(String council, long actionId, String reference, ActionStatus from,
		ActionStatus to, Rag rag) implements CouncilEvent {
}
