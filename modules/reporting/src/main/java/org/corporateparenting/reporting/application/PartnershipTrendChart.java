package org.corporateparenting.reporting.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.corporateparenting.reporting.Period;
import org.corporateparenting.reporting.Unit;
import org.corporateparenting.reporting.application.PartnershipComparison.Comparison;
import org.corporateparenting.reporting.application.PartnershipComparison.Trend;
import org.jspecify.annotations.Nullable;

/**
 * One shared indicator over the periods published, a line for each council beside the partnership average and
 * England (not for a count, whose figure for all England is on another scale), each line told apart by its dashes as well as its colour and named in the legend. A suppressed or
 * missing value breaks its council's line rather than being drawn. The table beside it gives every figure.
 */
public final class PartnershipTrendChart {

	private static final int LEFT = 60;

	private static final int RIGHT = 24;

	private static final int TOP = 16;

	private static final int PLOT_HEIGHT = 200;

	private static final int LEGEND_ROW = 20;

	private record Style(String colour, String dash) {
	}

	private static final List<Style> COUNCILS = List.of(new Style(Svg.BLUE, ""), new Style("#4c2c92", "8 4"),
			new Style("#f47738", "12 4 2 4"), new Style("#28a197", "4 4"), new Style("#912b88", "16 4"));

	private static final Style AVERAGE = new Style(Svg.TEXT, "6 3");

	private static final Style ENGLAND = new Style(Svg.RED, "2 3");

	private PartnershipTrendChart() {
	}

	public static String svg(Trend trend) {
		List<Integer> drawn = periodsOfLatestKind(trend.periods());
		List<Period> periods = drawn.stream().map(trend.periods()::get).toList();
		List<Comparison> rows = drawn.stream().map(trend.rows()::get).toList();
		List<String> names = new ArrayList<>();
		List<Function<Comparison, @Nullable BigDecimal>> series = new ArrayList<>();
		for (int council = 0; council < trend.councils().size(); council++) {
			int index = council;
			names.add(trend.councils().get(council).name());
			series.add(row -> row.cells().get(index).value());
		}
		names.add("Partnership average");
		series.add(Comparison::average);
		boolean england = ComparisonChart.drawsEngland(trend.indicator());
		if (england) {
			names.add("England");
			series.add(Comparison::england);
		}

		PeriodAxis axis = new PeriodAxis(periods, LEFT);
		List<Double> values = new ArrayList<>();
		rows.forEach(row -> series.forEach(value -> {
			BigDecimal shown = value.apply(row);
			if (shown != null) {
				values.add(shown.doubleValue());
			}
		}));
		ChartScale scale = ChartScale.fitted(values, trend.indicator().unit() == Unit.PERCENTAGE);
		double bottom = TOP + PLOT_HEIGHT;
		double legendTop = bottom + PeriodAxis.LABELS_HEIGHT;
		Svg svg = Svg.image(LEFT + axis.width() + RIGHT, legendTop + LEGEND_ROW * names.size() + 8, "cpp-chart",
				trend.indicator().name() + ": each council, the partnership average and England, period by period",
				describe(trend, periods, rows));
		TrendChart.valueAxis(svg, trend.indicator(), scale, LEFT, axis.width(), TOP, PLOT_HEIGHT);
		axis.draw(svg, bottom);
		for (int line = 0; line < series.size(); line++) {
			Style style = style(line, trend.councils().size());
			StringBuilder points = new StringBuilder();
			for (int i = 0; i < rows.size(); i++) {
				BigDecimal value = series.get(line).apply(rows.get(i));
				if (value == null || axis.gapBefore(i)) {
					drawLine(svg, points, style);
					points = new StringBuilder();
				}
				if (value != null) {
					double x = axis.x(i);
					double y = bottom - scale.fraction(value.doubleValue()) * PLOT_HEIGHT;
					TrendChart.append(points, x, y);
					svg.circle(x, y, 3, style.colour());
				}
			}
			drawLine(svg, points, style);
			double y = legendTop + LEGEND_ROW * line + 12;
			svg.line(LEFT, y - 4, LEFT + 28, y - 4, style.colour(), 2.5, style.dash())
				.text(LEFT + 34, y, "start", names.get(line));
		}
		return svg.close();
	}

	private static Style style(int line, int councils) {
		if (line < councils) {
			return COUNCILS.get(line % COUNCILS.size());
		}
		return line == councils ? AVERAGE : ENGLAND;
	}

	private static void drawLine(Svg svg, StringBuilder points, Style style) {
		if (points.indexOf(" ") > 0) {
			svg.polyline(points.toString(), style.colour(), 2.5, style.dash());
		}
	}

	/** The indexes of the periods of the same kind (years or quarters) as the latest, so no line mixes the two. */
	private static List<Integer> periodsOfLatestKind(List<Period> periods) {
		List<Integer> drawn = new ArrayList<>();
		if (periods.isEmpty()) {
			return drawn;
		}
		boolean quarters = periods.getLast().isQuarter();
		for (int i = 0; i < periods.size(); i++) {
			if (periods.get(i).isQuarter() == quarters) {
				drawn.add(i);
			}
		}
		return drawn;
	}

	static String describe(Trend trend, List<Period> periods, List<Comparison> rows) {
		if (periods.isEmpty()) {
			return "No council in the partnership has published this indicator yet.";
		}
		Comparison latest = rows.getLast();
		StringBuilder description = new StringBuilder("From ").append(periods.getFirst()).append(" to ")
			.append(periods.getLast()).append(". In ").append(periods.getLast()).append(": ");
		latest.cells().forEach(cell -> description.append(cell.council().name()).append(' ')
			.append(cell.suppressed() ? "c" : ComparisonChart.inWords(cell.shown())).append(", "));
		return description.append("partnership average ")
			.append(ComparisonChart.inWords(latest.averageShown()))
			.append(", England ")
			.append(ComparisonChart.inWords(latest.englandShown()))
			.append(ComparisonChart.drawsEngland(trend.indicator()) ? "" : " (a count for all England, not drawn)")
			.append(". Every figure is in the table beside the chart.")
			.toString();
	}
}
