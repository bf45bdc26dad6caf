package org.corporateparenting.pledges;

import java.util.EnumSet;
import java.util.Set;

/** Where a pledge set is in its life; a replaced set stays on record. */
public enum PledgeSetStatus {

	DRAFT, IN_FORCE, UNDER_REVIEW, REPLACED;

	/** The statuses whose pledges stand: in force, and under review until the next edition replaces them. */
	public static final Set<PledgeSetStatus> STANDING = Set.of(IN_FORCE, UNDER_REVIEW);

	public boolean standing() {
		return STANDING.contains(this);
	}

	public Set<PledgeSetStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(IN_FORCE);
			case IN_FORCE -> EnumSet.of(UNDER_REVIEW, REPLACED);
			case UNDER_REVIEW -> EnumSet.of(IN_FORCE, REPLACED);
			case REPLACED -> EnumSet.noneOf(PledgeSetStatus.class);
		};
	}
}
