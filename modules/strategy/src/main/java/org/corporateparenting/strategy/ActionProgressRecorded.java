package org.corporateparenting.strategy;

import java.time.Instant;

import org.corporateparenting.tenancy.CouncilEvent;

/** Progress was recorded against an action. */
public record ActionProgressRecorded(String council, long actionId, long progressUpdateId, ActionStatus status,
		int percentComplete, Rag rag, Instant recordedAt) implements CouncilEvent {
}
