package org.corporateparenting.reporting.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.corporateparenting.reporting.Period;
import org.corporateparenting.reporting.Unit;

/**
 * An indicator's trend drawn on the server as SVG, so that the same chart shows on a page, prints, and goes into
 * the board pack's PDF: the values as a line with points (broken where periods are missing), the target as a dashed
 * line. Every period is labelled and placed by its date, so a gap of two years looks like one; the value axis is
 * fitted to the figures and the target. The chart's title and description say what it shows; pages put the figures in a table beside it.
 */
public final class TrendChart {

	private static final int LEFT = 60;

	private static final int RIGHT = 24;

	private static final int TOP = 16;

	private static final int PLOT_HEIGHT = 180;

	/** Below the periods' labels, the legend. */
	private static final int LEGEND = 24;

	private TrendChart() {
	}

	/** Periods of one kind only (quarters or years), so that the line never mixes a year with its quarters. */
	public static List<MeasurementView> sameKindAsLatest(List<MeasurementView> history) {
		if (history.isEmpty()) {
			return history;
		}
		boolean quarters = history.get(history.size() - 1).period().contains("Q");
		return history.stream().filter(m -> m.period().contains("Q") == quarters).toList();
	}

	public static String svg(Indicator indicator, List<MeasurementView> history) {
		return svg(indicator, history, PeriodAxis.MOST_WIDTH + LEFT + RIGHT);
	}

	/** The chart scaled down, if need be, to be no wider than {@code mostWidth}: for a printed page. */
	public static String svg(Indicator indicator, List<MeasurementView> history, double mostWidth) {
		List<MeasurementView> points = sameKindAsLatest(history);
		String title = indicator.name() + ": trend";
		String description = describe(indicator, points);
		if (points.isEmpty()) {
			return Svg.image(LEFT + 420 + RIGHT, 60, "cpp-chart", title, description)
				.text(LEFT, 34, "start", "No figures yet", 13, Svg.SECONDARY_TEXT, 0)
				.shownAtMost(mostWidth)
				.close();
		}
		PeriodAxis axis = new PeriodAxis(points.stream().map(TrendChart::period).toList(), LEFT);
		ChartScale scale = ChartScale.fitted(valuesAndTargets(points), indicator.unit() == Unit.PERCENTAGE);
		double bottom = TOP + PLOT_HEIGHT;
		Svg svg = Svg.image(LEFT + axis.width() + RIGHT, bottom + PeriodAxis.LABELS_HEIGHT + LEGEND, "cpp-chart",
				title, description);
		valueAxis(svg, indicator, scale, LEFT, axis.width(), TOP, PLOT_HEIGHT);
		axis.draw(svg, bottom);
		List<StringBuilder> valueLines = new ArrayList<>();
		StringBuilder targetLine = new StringBuilder();
		for (int i = 0; i < points.size(); i++) {
			MeasurementView point = points.get(i);
			if (i == 0 || axis.gapBefore(i)) {
				valueLines.add(new StringBuilder());
			}
			append(valueLines.getLast(), axis.x(i), bottom - scale.fraction(point.value().doubleValue()) * PLOT_HEIGHT);
			if (point.target() != null) {
				append(targetLine, axis.x(i), bottom - scale.fraction(point.target().doubleValue()) * PLOT_HEIGHT);
			}
		}
		if (!targetLine.isEmpty()) {
			svg.polyline(targetLine.toString(), Svg.RED, 2, "6 4");
		}
		valueLines.forEach(valueLine -> svg.polyline(valueLine.toString(), Svg.BLUE, 3, ""));
		for (int i = 0; i < points.size(); i++) {
			svg.circle(axis.x(i), bottom - scale.fraction(points.get(i).value().doubleValue()) * PLOT_HEIGHT, 3.5,
					Svg.BLUE);
		}
		double legend = bottom + PeriodAxis.LABELS_HEIGHT + LEGEND - 8;
		svg.line(LEFT, legend - 4, LEFT + 20, legend - 4, Svg.BLUE, 3, "").text(LEFT + 24, legend, "start", "Value");
		if (!targetLine.isEmpty()) {
			svg.line(LEFT + 80, legend - 4, LEFT + 100, legend - 4, Svg.RED, 2, "6 4")
				.text(LEFT + 104, legend, "start", "Target");
		}
		return svg.shownAtMost(mostWidth).close();
	}

	/** The value axis at {@code left}, with a light line across the plot at each tick. */
	static void valueAxis(Svg svg, Indicator indicator, ChartScale scale, double left, double width, double top,
			double height) {
		for (double tick : scale.ticks()) {
			double y = top + height - scale.fraction(tick) * height;
			svg.line(left, y, left + width, y, Svg.LIGHT_GREY, 1, "")
				.text(left - 6, y + 4, "end", indicator.unit().format(BigDecimal.valueOf(tick)));
		}
		svg.line(left, top, left, top + height, Svg.SECONDARY_TEXT, 1, "");
	}

	/** Adds a point to a polyline's points. */
	static void append(StringBuilder line, double x, double y) {
		line.append(line.isEmpty() ? "" : " ").append(Svg.number(x)).append(',').append(Svg.number(y));
	}

	/**
	 * A small line of the indicator's figures against its target, for a table of indicators: no axes or labels
	 * (the row gives the latest figure and target), its title and description saying what it shows.
	 */
	public static String sparkline(Indicator indicator, List<MeasurementView> history) {
		List<MeasurementView> points = sameKindAsLatest(history);
		int width = 120;
		int height = 32;
		Svg svg = Svg.image(width, height, "cpp-sparkline", indicator.name() + ": trend",
				describe(indicator, points));
		if (points.size() < 2) {
			return svg.close();
		}
		List<Long> days = points.stream().map(point -> period(point).start().toEpochDay()).toList();
		ChartScale scale = ChartScale.fitted(valuesAndTargets(points), indicator.unit() == Unit.PERCENTAGE);
		double span = days.get(days.size() - 1) - days.get(0);
		StringBuilder valueLine = new StringBuilder();
		StringBuilder targetLine = new StringBuilder();
		for (int i = 0; i < points.size(); i++) {
			MeasurementView point = points.get(i);
			double x = 3 + (width - 6) * (days.get(i) - days.get(0)) / span;
			append(valueLine, x, height - 3 - scale.fraction(point.value().doubleValue()) * (height - 6));
			if (point.target() != null) {
				append(targetLine, x, height - 3 - scale.fraction(point.target().doubleValue()) * (height - 6));
			}
		}
		if (!targetLine.isEmpty()) {
			svg.polyline(targetLine.toString(), Svg.RED, 1.5, "4 3");
		}
		return svg.polyline(valueLine.toString(), Svg.BLUE, 2, "").close();
	}

	private static Period period(MeasurementView point) {
		return Period.parse(point.period())
			.orElseThrow(() -> new IllegalArgumentException("Not a period: " + point.period()));
	}

	private static List<Double> valuesAndTargets(List<MeasurementView> points) {
		List<Double> values = new ArrayList<>();
		for (MeasurementView point : points) {
			values.add(point.value().doubleValue());
			if (point.target() != null) {
				values.add(point.target().doubleValue());
			}
		}
		return values;
	}

	static String describe(Indicator indicator, List<MeasurementView> points) {
		if (points.isEmpty()) {
			return "No figures have been entered yet.";
		}
		MeasurementView first = points.get(0);
		MeasurementView last = points.get(points.size() - 1);
		String target = last.target() == null ? "" : "; target " + indicator.format(last.target());
		return points.size() == 1 ? first.period() + ": " + first.shown() + target
				: "From " + first.shown() + " in " + first.period() + " to " + last.shown() + " in " + last.period()
						+ target + ". Every figure is in the table beside the chart.";
	}
}
