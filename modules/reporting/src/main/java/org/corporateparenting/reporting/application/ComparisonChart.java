package org.corporateparenting.reporting.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.corporateparenting.reporting.Unit;
import org.corporateparenting.reporting.application.PartnershipComparison.Cell;
import org.corporateparenting.reporting.application.PartnershipComparison.Comparison;
import org.corporateparenting.web.disclosure.DisclosureSymbol;

/**
 * A shared indicator's values in one period, the councils side by side, one row each, as dots on an axis fitted to
 * the values (so that 91% and 95% do not look the same), with the partnership average and England (but for a count)
 * as lines across them and the partnership's quartile bands shaded behind (band 1 the best quarter, or the highest for a context
 * indicator). Each row ends with the value and its band in words; a suppressed value is written {@code c} and never
 * drawn. The table beside it gives every figure.
 */
public final class ComparisonChart {

	private static final int LABEL_WIDTH = 150;

	private static final int PLOT_WIDTH = 340;

	private static final int RIGHT = 120;

	private static final int TOP = 22;

	private static final int ROW = 30;

	private static final int BAR = 20;

	private static final int BOTTOM = 52;

	private static final String[] BAND_SHADES = { "#e8f1f8", "#ffffff" };

	private ComparisonChart() {
	}

	public static String svg(Comparison comparison, String period) {
		Indicator indicator = comparison.indicator();
		List<Double> values = new ArrayList<>();
		comparison.cells().stream().filter(cell -> cell.value() != null).forEach(cell -> values.add(
				cell.value().doubleValue()));
		if (comparison.average() != null) {
			values.add(comparison.average().doubleValue());
		}
		boolean england = drawsEngland(indicator) && comparison.england() != null;
		if (england) {
			values.add(comparison.england().doubleValue());
		}
		ChartScale scale = ChartScale.fitted(values, indicator.unit() == Unit.PERCENTAGE);
		List<Cell> cells = comparison.cells();
		double bottom = TOP + ROW * cells.size();
		Svg svg = Svg.image(LABEL_WIDTH + PLOT_WIDTH + RIGHT, bottom + BOTTOM, "cpp-chart",
				indicator.name() + ", " + period + ": councils compared", describe(comparison));
		bands(svg, comparison, scale, bottom);
		for (double tick : scale.ticks()) {
			double x = LABEL_WIDTH + scale.fraction(tick) * PLOT_WIDTH;
			svg.line(x, bottom, x, bottom + 4, Svg.SECONDARY_TEXT, 1, "")
				.text(x, bottom + 16, "middle", indicator.unit().format(BigDecimal.valueOf(tick)));
		}
		svg.line(LABEL_WIDTH, TOP, LABEL_WIDTH, bottom, Svg.SECONDARY_TEXT, 1, "")
			.line(LABEL_WIDTH, bottom, LABEL_WIDTH + PLOT_WIDTH, bottom, Svg.SECONDARY_TEXT, 1, "");
		for (int i = 0; i < cells.size(); i++) {
			Cell cell = cells.get(i);
			double y = TOP + i * ROW + (ROW - BAR) / 2.0;
			double middle = y + BAR / 2.0;
			svg.text(LABEL_WIDTH - 8, middle + 4, "end", cell.council().name())
				.line(LABEL_WIDTH, middle, LABEL_WIDTH + PLOT_WIDTH, middle, Svg.GREY, 1, "1 3");
			String value = cell.value() == null ? (cell.suppressed() ? "c" : "Not published")
					: cell.shown() + (cell.band() == null ? "" : ", band " + cell.band());
			svg.text(LABEL_WIDTH + PLOT_WIDTH + 10, middle + 4, "start", value);
			if (cell.value() != null) {
				svg.circle(LABEL_WIDTH + scale.fraction(cell.value().doubleValue()) * PLOT_WIDTH, middle, 6, Svg.BLUE);
			}
		}
		reference(svg, comparison.average(), scale, bottom, Svg.TEXT, "6 3");
		double legend = bottom + BOTTOM - 8;
		svg.line(LABEL_WIDTH, legend - 4, LABEL_WIDTH + 20, legend - 4, Svg.TEXT, 2, "6 3")
			.text(LABEL_WIDTH + 24, legend, "start", "Partnership average");
		if (england) {
			reference(svg, comparison.england(), scale, bottom, Svg.RED, "2 3");
			svg.line(LABEL_WIDTH + 160, legend - 4, LABEL_WIDTH + 180, legend - 4, Svg.RED, 2, "2 3")
				.text(LABEL_WIDTH + 184, legend, "start", "England");
		}
		return svg.close();
	}

	/**
	 * Whether England's value goes on the chart: a percentage, a rate or a score compares with a council's, but a
	 * count for all England is on another scale and would flatten the councils' values (the table still gives it).
	 */
	static boolean drawsEngland(Indicator indicator) {
		return indicator.unit() != Unit.COUNT;
	}

	private static void reference(Svg svg, BigDecimal value, ChartScale scale, double bottom, String stroke,
			String dash) {
		if (value != null) {
			double x = LABEL_WIDTH + scale.fraction(value.doubleValue()) * PLOT_WIDTH;
			svg.line(x, TOP - 4, x, bottom, stroke, 2, dash);
		}
	}

	/**
	 * The quartile bands behind the bars, each from midway between its councils' values and the next band's, so
	 * that each bar sits in the band the table gives it.
	 */
	private static void bands(Svg svg, Comparison comparison, ChartScale scale, double bottom) {
		List<Cell> placed = comparison.cells()
			.stream()
			.filter(cell -> cell.band() != null && cell.value() != null)
			.sorted(Comparator.comparing(Cell::value))
			.toList();
		if (placed.isEmpty()) {
			return;
		}
		double from = LABEL_WIDTH;
		for (int i = 0; i < placed.size(); i++) {
			Cell cell = placed.get(i);
			boolean lastOfBand = i == placed.size() - 1 || !placed.get(i + 1).band().equals(cell.band());
			if (!lastOfBand) {
				continue;
			}
			double to = i == placed.size() - 1 ? LABEL_WIDTH + PLOT_WIDTH
					: LABEL_WIDTH + scale.fraction((cell.value().doubleValue()
							+ placed.get(i + 1).value().doubleValue()) / 2) * PLOT_WIDTH;
			svg.rect(from, TOP, to - from, bottom - TOP, BAND_SHADES[cell.band() % 2]);
			if (to - from >= 48) {
				svg.text((from + to) / 2, TOP - 8, "middle", "Band " + cell.band(), 11, Svg.SECONDARY_TEXT, 0);
			}
			from = to;
		}
	}

	/** A figure as the chart's description reads it out: the disclosure symbols in words. */
	static String inWords(String shown) {
		if (shown.isEmpty() || shown.equals(DisclosureSymbol.NOT_AVAILABLE.symbol())) {
			return "not available";
		}
		if (shown.equals(DisclosureSymbol.SUPPRESSED.symbol())) {
			return "c (withheld: it would come from a figure too small to publish)";
		}
		if (shown.equals(DisclosureSymbol.ROUNDS_TO_ZERO.symbol())) {
			return "k (rounds to zero)";
		}
		if (shown.equals(DisclosureSymbol.NOT_APPLICABLE.symbol())) {
			return "not applicable";
		}
		return shown;
	}

	static String describe(Comparison comparison) {
		StringBuilder description = new StringBuilder();
		for (Cell cell : comparison.cells()) {
			description.append(cell.council().name()).append(": ")
				.append(cell.suppressed() ? "c (fewer than 5, not published)" : inWords(cell.shown()))
				.append(cell.band() == null ? "" : ", quartile band " + cell.band())
				.append(". ");
		}
		description.append("Partnership average: ")
			.append(inWords(comparison.averageShown()))
			.append(". England: ")
			.append(inWords(comparison.englandShown()))
			.append(drawsEngland(comparison.indicator()) ? "" : " (a count for all England, not drawn)")
			.append('.');
		return description.toString();
	}
}
