package org.corporateparenting.strategy;

import java.util.EnumSet;
import java.util.Set;

/** Where a strategy is in its life. A council has one active strategy at a time; earlier ones stay readable. */
public enum StrategyStatus {

	DRAFT, CONSULTATION, APPROVED, ACTIVE, UNDER_REVIEW, SUPERSEDED;

	/** The states this one may move to. */
	public Set<StrategyStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(CONSULTATION, APPROVED);
			case CONSULTATION -> EnumSet.of(DRAFT, APPROVED);
			case APPROVED -> EnumSet.of(ACTIVE, SUPERSEDED);
			case ACTIVE -> EnumSet.of(UNDER_REVIEW, SUPERSEDED);
			case UNDER_REVIEW -> EnumSet.of(ACTIVE, SUPERSEDED);
			case SUPERSEDED -> EnumSet.noneOf(StrategyStatus.class);
		};
	}
}
