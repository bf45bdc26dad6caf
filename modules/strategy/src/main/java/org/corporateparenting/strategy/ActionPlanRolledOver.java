package org.corporateparenting.strategy;

import java.util.List;

import org.corporateparenting.tenancy.CouncilEvent;

/** A year's action plan was rolled over: its unfinished actions were carried forward into the next year's. */
public record ActionPlanRolledOver(String council, long fromPlanId, String fromYear, long toPlanId, String toYear,
		List<Long> carriedForwardActionIds) implements CouncilEvent {
}
