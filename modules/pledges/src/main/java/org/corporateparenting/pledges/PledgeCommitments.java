package org.corporateparenting.pledges;

import java.util.Optional;

/**
 * The measurable commitments of the pledges in force, for modules that check them against what happened (the
 * alliance counts the board's meetings with young people against "at least four times a year"). Called in the
 * current council's context.
 */
public interface PledgeCommitments {

	/** The commitment of the pledge in force (or under review) with this number, if it has one. */
	Optional<InForceCommitment> inForce(int pledgeNumber);

	/**
	 * @param pledgeText the pledge in the young people's words
	 * @param target how many are promised each {@code period}
	 */
	record InForceCommitment(long pledgeId, int pledgeNumber, String pledgeText, String description, int target,
			String unit, CommitmentPeriod period) {

		/** The target over a year: four a quarter is sixteen a year. */
		public int targetPerYear() {
			return switch (period) {
				case YEAR -> target;
				case QUARTER -> target * 4;
				case MONTH -> target * 12;
			};
		}
	}
}
