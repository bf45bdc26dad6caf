package org.corporateparenting.pledges;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How the pledges in force are being kept and what the work streams report, for reporting's dashboard and board
 * pack. Called in the current council's context.
 */
public interface PledgeProgress {

	/** The pledge sets in force (or under review), each pledge with its delivery status, in pledge order. */
	List<PledgeSetProgress> inForce();

	/** Every work stream, active ones first, each with its latest update if it has one. */
	List<WorkStreamProgress> workStreams();

	record PledgeSetProgress(long id, String title, Audience audience, @Nullable LocalDate inForceFrom,
			List<PledgeLine> pledges) {
	}

	/**
	 * @param text the pledge in the young people's words
	 * @param theme the pledge's theme heading, if it has one
	 */
	record PledgeLine(long id, int number, String text, @Nullable String theme, DeliveryStatus status) {
	}

	/**
	 * @param lastUpdated the date of its latest update, if any
	 * @param delivered what its latest update said was delivered
	 * @param inProgress what its latest update said was in progress
	 */
	record WorkStreamProgress(long id, String name, WorkStreamStatus status, @Nullable LocalDate lastUpdated,
			List<String> delivered, List<String> inProgress) {
	}
}
