package org.corporateparenting.reporting.application;

import java.math.BigDecimal;

import org.corporateparenting.reporting.Unit;
import org.jspecify.annotations.Nullable;

/**
 * The rule for figures that leave a council: a count from 1 to 4 is shown as {@code c}, and so is a percentage,
 * rate or score whose denominator is below 5, or whose denominator nobody entered (then nobody can tell it is
 * safe). A rate's numerator is a count of children, so a numerator from 1 to 4 is suppressed too. Zero is shown.
 */
public final class SmallNumbers {

	public static final int THRESHOLD = 5;

	public static final String SUPPRESSED = "c";

	private SmallNumbers() {
	}

	public static boolean suppress(Unit unit, BigDecimal value, @Nullable Integer numerator,
			@Nullable Integer denominator) {
		return switch (unit) {
			case COUNT -> isSmallCount(value);
			case PERCENTAGE, SCORE -> denominator == null || denominator < THRESHOLD;
			case RATE -> denominator == null || denominator < THRESHOLD || numerator == null
					|| isSmallCount(BigDecimal.valueOf(numerator));
		};
	}

	/** The share of a whole, as a percentage to one decimal place, unless the whole is below the threshold. */
	public static @Nullable BigDecimal share(int part, int whole) {
		return whole < THRESHOLD ? null : Unit.PERCENTAGE.of(part, whole);
	}

	private static boolean isSmallCount(BigDecimal count) {
		return count.signum() > 0 && count.compareTo(BigDecimal.valueOf(THRESHOLD)) < 0;
	}
}
