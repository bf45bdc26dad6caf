package org.corporateparenting.alliance.application;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The quarters of a council's year as councils write them to their boards: {@code 2025-26 Q1} is April to June
 * 2025, {@code 2025-26 Q4} January to March 2026. Written this way they sort in time order.
 */
final class Quarters {

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-(\\d{2}) Q([1-4])");

	private Quarters() {
	}

	/** Why the text is not a quarter that has begun by {@code today}, or null when it is one. */
	static @Nullable String problem(String quarter, LocalDate today) {
		Matcher matcher = QUARTER.matcher(quarter);
		if (!matcher.matches()) {
			return "Enter the quarter as the year from April and the quarter, such as 2025-26 Q1";
		}
		int year = Integer.parseInt(matcher.group(1));
		if (Integer.parseInt(matcher.group(2)) != (year + 1) % 100) {
			return "The year must be two years in a row, such as 2025-26";
		}
		if (start(year, Integer.parseInt(matcher.group(3))).isAfter(today)) {
			return "Take-up can be given only for a quarter that has begun";
		}
		return null;
	}

	private static LocalDate start(int year, int quarter) {
		return LocalDate.of(year, 4, 1).plusMonths(3L * (quarter - 1));
	}
}
