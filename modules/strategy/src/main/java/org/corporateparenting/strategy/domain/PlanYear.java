package org.corporateparenting.strategy.domain;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A council's financial year, April to March, written "2023/24". */
public record PlanYear(int startYear) implements Comparable<PlanYear> {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})/(\\d{2})");

	/** @throws IllegalArgumentException unless the text is like "2023/24" with consecutive years */
	public static PlanYear parse(String text) {
		Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("must be a year such as 2023/24");
		}
		int start = Integer.parseInt(matcher.group(1));
		if ((start + 1) % 100 != Integer.parseInt(matcher.group(2))) {
			throw new IllegalArgumentException("must be two consecutive years, such as 2023/24");
		}
		return new PlanYear(start);
	}

	public static boolean isValid(String text) {
		try {
			parse(text);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	public PlanYear next() {
		return new PlanYear(startYear + 1);
	}

	public LocalDate firstDay() {
		return LocalDate.of(startYear, 4, 1);
	}

	public LocalDate lastDay() {
		return LocalDate.of(startYear + 1, 3, 31);
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
	}

	@Override
	public int compareTo(PlanYear other) {
		return Integer.compare(startYear, other.startYear);
	}

	@Override
	public String toString() {
		return "%d/%02d".formatted(startYear, (startYear + 1) % 100);
	}
}
