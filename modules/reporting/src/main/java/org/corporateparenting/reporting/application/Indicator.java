package org.corporateparenting.reporting.application;

import org.corporateparenting.reporting.Cohort;
import org.corporateparenting.reporting.Polarity;
import org.corporateparenting.reporting.Unit;
import org.jspecify.annotations.Nullable;

/**
 * An indicator as the council sees it: national (the same for every council) or its own.
 *
 * @param version the local indicator's version, for editing; 0 for a national one
 */
public record Indicator(String code, String name, String definition, Unit unit, Polarity polarity, Cohort cohort,
		String source, boolean national, long version) {

	/** Whether values can be compared with other councils' (national indicators only). */
	public boolean shareable() {
		return national;
	}

	public String format(java.math.@Nullable BigDecimal value) {
		return value == null ? "" : unit.format(value);
	}
}
