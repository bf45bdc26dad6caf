package org.corporateparenting.strategy;

import java.time.LocalDate;

import org.corporateparenting.tenancy.CouncilEvent;

/** A strategy was approved, by which body and when. */
public record StrategyApproved(String council, long strategyId, String title, String approvedBy,
		LocalDate approvedOn) implements CouncilEvent {
}
