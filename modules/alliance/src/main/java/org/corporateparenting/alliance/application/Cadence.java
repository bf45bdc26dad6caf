package org.corporateparenting.alliance.application;

import java.time.LocalDate;
import java.util.Collection;

/**
 * How often a body met against how often it should have: meetings held in the twelve months up to a day. The
 * window runs from the day after the same date a year earlier up to and including that day, so a meeting on 15
 * January 2025 counts on 14 January 2026 and no longer on 15 January 2026.
 */
public final class Cadence {

	private Cadence() {
	}

	/** The first day of the twelve months ending on {@code asOf}. */
	public static LocalDate windowStart(LocalDate asOf) {
		return asOf.minusYears(1).plusDays(1);
	}

	public static int heldInWindow(Collection<LocalDate> held, LocalDate asOf) {
		LocalDate from = windowStart(asOf);
		return (int) held.stream().filter(date -> !date.isBefore(from) && !date.isAfter(asOf)).count();
	}

	/**
	 * @param measure what is counted, such as "Meetings held"
	 * @param basis where the expectation comes from, such as "terms of reference (edition 1)"
	 */
	public static Check check(String measure, String basis, Collection<LocalDate> held, int expected, LocalDate asOf) {
		int count = heldInWindow(held, asOf);
		return new Check(measure, basis, windowStart(asOf), asOf, count, expected, count >= expected);
	}

	/** One cadence check, met or not, with the figures. */
	public record Check(String measure, String basis, LocalDate from, LocalDate to, int held, int expected,
			boolean met) {
	}
}
