package org.corporateparenting.reporting.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.corporateparenting.reporting.Polarity;
import org.jspecify.annotations.Nullable;

/**
 * Where a value stands among a group's shown values: its rank (1 the best where better has a direction, the highest
 * for a context indicator) and the quarter it falls in. Both are derived figures, so callers ask only when every
 * figure of the group is shown.
 */
final class Ranking {

	private Ranking() {
	}

	/** The quarter of the shown values a value falls in, 1 the best (or highest); null for fewer than two values. */
	static @Nullable Integer band(Polarity polarity, BigDecimal value, List<BigDecimal> shown) {
		if (shown.size() < 2) {
			return null;
		}
		return (rank(polarity, value, shown) - 1) * 4 / shown.size() + 1;
	}

	/** The value's place among the shown values, 1 the best (or highest); equal values share the better place. */
	static int rank(Polarity polarity, BigDecimal value, List<BigDecimal> shown) {
		List<BigDecimal> ordered = new ArrayList<>(shown);
		ordered.sort(polarity == Polarity.LOWER_IS_BETTER ? Comparator.naturalOrder() : Comparator.reverseOrder());
		int position = 0;
		while (ordered.get(position).compareTo(value) != 0) {
			position++;
		}
		return position + 1;
	}
}
