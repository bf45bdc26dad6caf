package org.corporateparenting.reporting.application;

import java.math.BigDecimal;

import org.corporateparenting.reporting.Unit;
import org.corporateparenting.web.disclosure.DisclosureControl;
import org.corporateparenting.web.disclosure.DisclosureSymbol;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The platform's disclosure control applied to an indicator's figure before it leaves the council: a small count is
 * shown as {@code c}, and so is a percentage, rate or score whose denominator is below the threshold, or whose
 * denominator nobody entered (then nobody can tell it is safe). A rate's numerator is a count of children, so a
 * small numerator is suppressed too. Zero is shown. The threshold is the disclosure control's.
 */
@Component
public class SmallNumbers {

	public static final String SUPPRESSED = DisclosureSymbol.SUPPRESSED.symbol();

	private final DisclosureControl disclosure;

	public SmallNumbers(DisclosureControl disclosure) {
		this.disclosure = disclosure;
	}

	public boolean suppress(Unit unit, BigDecimal value, @Nullable Integer numerator, @Nullable Integer denominator) {
		return switch (unit) {
			case COUNT -> disclosure.hidesCount(value);
			case PERCENTAGE, SCORE -> disclosure.hidesShareOf(denominator);
			case RATE -> disclosure.hidesShareOf(denominator) || numerator == null || disclosure.hidesCount(numerator);
		};
	}

	/** The share of a whole, as a percentage to one decimal place, unless the whole is below the threshold. */
	public @Nullable BigDecimal share(int part, int whole) {
		return disclosure.share(part, whole);
	}
}
