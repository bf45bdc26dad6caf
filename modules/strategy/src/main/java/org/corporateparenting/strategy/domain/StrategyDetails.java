package org.corporateparenting.strategy.domain;

import java.time.LocalDate;

/** The describing parts of a strategy, as written by the council. */
public record StrategyDetails(String title, LocalDate periodStart, LocalDate periodEnd, String vision,
		String summary, String childFriendlySummary) {
}
