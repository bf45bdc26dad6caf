package org.corporateparenting.alliance;

import java.time.LocalDate;

import org.corporateparenting.tenancy.CouncilEvent;

/** A body decided something at a meeting: noted, agreed, endorsed or approved it, in these words. */
public record DecisionRecorded(String council, long decisionId, long meetingId, long bodyId, String bodyName,
		LocalDate meetingDate, DecisionType type, String wording) implements CouncilEvent {
}
