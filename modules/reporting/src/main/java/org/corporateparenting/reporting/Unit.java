package org.corporateparenting.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.corporateparenting.web.Labelled;

/** What an indicator's value is: a count, a percentage, a rate per 10,000 or a score. */
public enum Unit implements Labelled {

	COUNT("Count"), PERCENTAGE("Percentage"), RATE("Rate per 10,000"), SCORE("Score");

	private final String label;

	Unit(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** Whether the value can be worked out from a numerator and a denominator. */
	public boolean isRatio() {
		return this == PERCENTAGE || this == RATE;
	}

	/** The value of a numerator over a denominator: a percentage, or a rate per 10,000. */
	public BigDecimal of(long numerator, long denominator) {
		BigDecimal scale = this == RATE ? BigDecimal.valueOf(10_000) : BigDecimal.valueOf(100);
		return BigDecimal.valueOf(numerator).multiply(scale).divide(BigDecimal.valueOf(denominator), 1,
				RoundingMode.HALF_UP);
	}

	/** The value as people read it: {@code 92%}, {@code 23}, {@code 70.4}. */
	public String format(BigDecimal value) {
		String plain = value.stripTrailingZeros().toPlainString();
		return this == PERCENTAGE ? plain + "%" : plain;
	}
}
