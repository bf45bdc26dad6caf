package org.corporateparenting.reporting;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A reporting period: a year from April to March, written {@code 2024-25}, or one of its quarters, written
 * {@code 2024-25 Q1} (April to June) to {@code 2024-25 Q4} (January to March), as councils report to their boards.
 *
 * @param startYear the calendar year the reporting year starts in (April)
 * @param quarter 1 to 4, or null for the whole year
 */
public record Period(int startYear, @Nullable Integer quarter) implements Comparable<Period> {

	private static final Pattern WRITTEN = Pattern.compile("(\\d{4})-(\\d{2})(?: Q([1-4]))?");

	public Period {
		if (startYear < 1990 || startYear > 2100) {
			throw new IllegalArgumentException("A reporting year must start between 1990 and 2100");
		}
		if (quarter != null && (quarter < 1 || quarter > 4)) {
			throw new IllegalArgumentException("A quarter is 1 to 4");
		}
	}

	public static Period year(int startYear) {
		return new Period(startYear, null);
	}

	public static Period quarter(int startYear, int quarter) {
		return new Period(startYear, quarter);
	}

	/** Reads {@code 2024-25} or {@code 2024-25 Q3}; anything else (such as {@code 2024-26}) is not a period. */
	public static Optional<Period> parse(@Nullable String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = WRITTEN.matcher(text.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int start = Integer.parseInt(matcher.group(1));
		if ((start + 1) % 100 != Integer.parseInt(matcher.group(2)) || start < 1990 || start > 2100) {
			return Optional.empty();
		}
		return Optional.of(new Period(start, matcher.group(3) == null ? null : Integer.valueOf(matcher.group(3))));
	}

	/** The quarter or year containing the date. */
	public static Period quarterOf(LocalDate date) {
		int startYear = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
		int quarter = date.getMonthValue() >= 4 ? (date.getMonthValue() - 4) / 3 + 1 : 4;
		return new Period(startYear, quarter);
	}

	/** The last reporting year that had ended by the day, which may be its last (31 March). */
	public static Period lastYearEndedBy(LocalDate day) {
		return year(quarterOf(day.plusDays(1)).startYear() - 1);
	}

	/** The last quarter that had ended by the day, which may be its last: the quarter before the next day's. */
	public static Period lastQuarterEndedBy(LocalDate day) {
		Period next = quarterOf(day.plusDays(1));
		return next.quarter() == 1 ? quarter(next.startYear() - 1, 4) : quarter(next.startYear(), next.quarter() - 1);
	}

	public boolean isQuarter() {
		return quarter != null;
	}

	public LocalDate start() {
		return LocalDate.of(startYear, 4, 1).plusMonths(quarter == null ? 0 : (quarter - 1) * 3L);
	}

	/** The last day of the period. */
	public LocalDate end() {
		return start().plusMonths(quarter == null ? 12 : 3).minusDays(1);
	}

	/** The year this period belongs to (itself for a year). */
	public Period wholeYear() {
		return year(startYear);
	}

	/** {@code 2024-25} or {@code 2024-25 Q1}; the API writes a period this way too. */
	@Override
	@JsonValue
	public String toString() {
		String year = "%d-%02d".formatted(startYear, (startYear + 1) % 100);
		return quarter == null ? year : year + " Q" + quarter;
	}

	/** {@code April 2024 to March 2025} or {@code 2024-25 Q1 (April to June 2024)}. */
	public String describe() {
		var format = java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK);
		return quarter == null ? start().format(format) + " to " + end().format(format)
				: this + " (" + start().format(format) + " to " + end().format(format) + ")";
	}

	/** Earlier periods first; a year comes before its first quarter. */
	@Override
	public int compareTo(Period other) {
		int byStart = start().compareTo(other.start());
		return byStart != 0 ? byStart : Boolean.compare(isQuarter(), other.isQuarter());
	}
}
