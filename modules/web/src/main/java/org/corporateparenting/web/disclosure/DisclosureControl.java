package org.corporateparenting.web.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The one disclosure control for everything that leaves a council (partnership and neighbour comparisons, exports
 * for others, survey results): which small figures are suppressed, which others are hidden so that a suppressed
 * figure cannot be worked out from a total ({@link #protect(List)}), how aggregates over councils are rounded, and
 * the legend of the symbols shown instead. The threshold is set once, in {@link DisclosureProperties}.
 */
public class DisclosureControl {

	private final DisclosureProperties properties;

	public DisclosureControl(DisclosureProperties properties) {
		this.properties = properties;
	}

	public int threshold() {
		return properties.threshold();
	}

	/** A count of children from 1 to one below the threshold is suppressed; zero is shown. */
	public boolean hidesCount(long count) {
		return count > 0 && count < properties.threshold();
	}

	/** @see #hidesCount(long) */
	public boolean hidesCount(BigDecimal count) {
		return count.signum() > 0 && count.compareTo(BigDecimal.valueOf(properties.threshold())) < 0;
	}

	/**
	 * A percentage, rate or score is suppressed when its denominator is below the threshold, or unknown (then nobody
	 * can tell it is safe).
	 */
	public boolean hidesShareOf(@Nullable Integer denominator) {
		return denominator == null || denominator < properties.threshold();
	}

	/** The share of a whole, as a percentage to one decimal place; null when the whole is below the threshold. */
	public @Nullable BigDecimal share(long part, long whole) {
		if (hidesShareOf(whole > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) whole)) {
			return null;
		}
		return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	/**
	 * Which cells of a table line whose total is shown must be hidden: every cell suppressed on its own (primary),
	 * and then, while any is hidden, the smallest shown cells too until at least two are hidden and the hidden ones
	 * leave room for any of them to be at the threshold or above (so the total minus the shown cells reveals
	 * neither a hidden cell nor that it is small). When no cell is left to hide, the total is hidden as well; a total
	 * that is itself small hides the whole line. Zero cells are shown.
	 *
	 * @param cells the line's counts, whose sum is its total
	 */
	public Protection protect(List<Long> cells) {
		boolean[] hidden = new boolean[cells.size()];
		long total = 0;
		long hiddenSum = 0;
		int hiddenCount = 0;
		for (int i = 0; i < cells.size(); i++) {
			long value = cells.get(i);
			total += value;
			if (hidesCount(value)) {
				hidden[i] = true;
				hiddenSum += value;
				hiddenCount++;
			}
		}
		if (hidesCount(total)) {
			for (int i = 0; i < cells.size(); i++) {
				hidden[i] = cells.get(i) > 0;
			}
			return new Protection(hidden, true);
		}
		while (hiddenCount > 0 && (hiddenCount < 2 || hiddenSum - (hiddenCount - 1) < properties.threshold())) {
			int smallest = -1;
			for (int i = 0; i < cells.size(); i++) {
				if (!hidden[i] && cells.get(i) > 0 && (smallest < 0 || cells.get(i) < cells.get(smallest))) {
					smallest = i;
				}
			}
			if (smallest < 0) {
				return new Protection(hidden, true);
			}
			hidden[smallest] = true;
			hiddenSum += cells.get(smallest);
			hiddenCount++;
		}
		return new Protection(hidden, false);
	}

	/** A count added up over several councils (a region, England), rounded to the configured base. */
	public BigDecimal roundAggregate(BigDecimal count) {
		BigDecimal base = BigDecimal.valueOf(properties.aggregateRounding());
		return count.divide(base, 0, RoundingMode.HALF_UP).multiply(base);
	}

	/** {@link #roundAggregate(BigDecimal)} as shown: {@code k} when it rounds to zero but is not zero. */
	public String aggregateCount(BigDecimal count) {
		BigDecimal rounded = roundAggregate(count);
		if (rounded.signum() == 0 && count.signum() != 0) {
			return DisclosureSymbol.ROUNDS_TO_ZERO.symbol();
		}
		return rounded.stripTrailingZeros().toPlainString();
	}

	/** What each symbol means, for the legend every page and export that shows them carries. */
	public List<LegendEntry> legend() {
		int t = properties.threshold();
		return List.of(
				new LegendEntry(DisclosureSymbol.SUPPRESSED.symbol(), "Suppressed to protect confidentiality: a count from 1 to "
						+ (t - 1) + ", a share of fewer than " + t + ", a figure hidden so that one of those cannot be"
						+ " worked out from a total, or a figure such as an average worked out from a suppressed one"),
				new LegendEntry(DisclosureSymbol.NOT_APPLICABLE.symbol(),
						"Not applicable, such as a rank for an indicator where higher is neither better nor worse"),
				new LegendEntry(DisclosureSymbol.ROUNDS_TO_ZERO.symbol(),
						"Rounds to zero, but is not zero (counts over several councils are rounded to the nearest "
								+ properties.aggregateRounding() + ")"),
				new LegendEntry(DisclosureSymbol.NOT_AVAILABLE.symbol(), "Not available: not published or not entered"));
	}

	/**
	 * The legend as rows to follow a spreadsheet's figures: a blank row, a heading row, then a symbol and its meaning
	 * per row.
	 */
	public List<List<String>> legendRows() {
		List<List<String>> rows = new java.util.ArrayList<>();
		rows.add(List.of(""));
		rows.add(List.of("Symbol", "Meaning"));
		legend().forEach(entry -> rows.add(List.of(entry.symbol(), entry.meaning())));
		return rows;
	}

	/**
	 * @param hidden for each cell, whether it is shown as {@code c}
	 * @param totalHidden whether the line's total must be shown as {@code c} too
	 */
	public record Protection(boolean[] hidden, boolean totalHidden) {

		public boolean hidden(int cell) {
			return hidden[cell];
		}
	}

	public record LegendEntry(String symbol, String meaning) {
	}
}
