package org.corporateparenting.pledges;

/** The period a measurable commitment is counted over, such as "four times a year". */
public enum CommitmentPeriod {
	YEAR, QUARTER, MONTH
}
