package org.corporateparenting.reporting.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.springframework.web.util.HtmlUtils;

/**
 * An indicator's trend drawn on the server as SVG, so that the same chart shows on a page, prints, and goes into
 * the board pack's PDF: the values as a line with points, the target as a dashed line, the first and last periods
 * and the range of values labelled. The chart's title and description say what it shows; pages put the figures
 * in a table beside it as well.
 */
public final class TrendChart {

	private static final int WIDTH = 480;

	private static final int HEIGHT = 200;

	private static final int LEFT = 52;

	private static final int RIGHT = 16;

	private static final int TOP = 16;

	private static final int BOTTOM = 34;

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
		List<MeasurementView> points = sameKindAsLatest(history);
		StringBuilder svg = new StringBuilder();
		String title = escape(indicator.name());
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"cpp-chart\" width=\"").append(WIDTH)
			.append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
			.append("\"><title>").append(title).append(": trend</title><desc>").append(escape(describe(indicator, points)))
			.append("</desc>");
		if (points.isEmpty()) {
			return svg.append("<text x=\"").append(LEFT).append("\" y=\"").append(HEIGHT / 2)
				.append("\" font-size=\"13\" fill=\"#505a5f\">No figures yet</text></svg>")
				.toString();
		}
		double min = points.stream().map(MeasurementView::value).mapToDouble(BigDecimal::doubleValue).min().orElse(0);
		double max = points.stream().map(MeasurementView::value).mapToDouble(BigDecimal::doubleValue).max().orElse(0);
		for (MeasurementView point : points) {
			if (point.target() != null) {
				min = Math.min(min, point.target().doubleValue());
				max = Math.max(max, point.target().doubleValue());
			}
		}
		min = Math.min(0, min);
		max = max == min ? min + 1 : max * 1.1;
		if (indicator.unit() == org.corporateparenting.reporting.Unit.PERCENTAGE) {
			max = Math.min(max, 100);
		}
		double plotWidth = WIDTH - LEFT - RIGHT;
		double plotHeight = HEIGHT - TOP - BOTTOM;
		axes(svg, indicator, min, max, points, plotWidth);
		StringBuilder targetLine = new StringBuilder();
		StringBuilder valueLine = new StringBuilder();
		StringBuilder dots = new StringBuilder();
		for (int i = 0; i < points.size(); i++) {
			MeasurementView point = points.get(i);
			double x = LEFT + (points.size() == 1 ? plotWidth / 2 : plotWidth * i / (points.size() - 1));
			double y = y(point.value().doubleValue(), min, max, plotHeight);
			valueLine.append(i == 0 ? "" : " ").append(round(x)).append(',').append(round(y));
			dots.append("<circle cx=\"").append(round(x)).append("\" cy=\"").append(round(y))
				.append("\" r=\"3.5\" fill=\"#1d70b8\"/>");
			if (point.target() != null) {
				targetLine.append(targetLine.isEmpty() ? "" : " ").append(round(x)).append(',')
					.append(round(y(point.target().doubleValue(), min, max, plotHeight)));
			}
		}
		if (!targetLine.isEmpty()) {
			svg.append("<polyline fill=\"none\" stroke=\"#d4351c\" stroke-width=\"2\" stroke-dasharray=\"6 4\" points=\"")
				.append(targetLine).append("\"/>");
		}
		svg.append("<polyline fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"3\" points=\"").append(valueLine)
			.append("\"/>").append(dots);
		legend(svg, !targetLine.isEmpty());
		return svg.append("</svg>").toString();
	}

	private static void axes(StringBuilder svg, Indicator indicator, double min, double max,
			List<MeasurementView> points, double plotWidth) {
		int bottom = HEIGHT - BOTTOM;
		svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT)
			.append("\" y2=\"").append(bottom).append("\" stroke=\"#505a5f\"/>");
		svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(bottom).append("\" x2=\"")
			.append(round(LEFT + plotWidth)).append("\" y2=\"").append(bottom).append("\" stroke=\"#505a5f\"/>");
		label(svg, LEFT - 6, TOP + 4, "end", indicator.unit().format(BigDecimal.valueOf(max).setScale(1,
				java.math.RoundingMode.HALF_UP)));
		label(svg, LEFT - 6, bottom, "end", indicator.unit().format(BigDecimal.valueOf(min).setScale(0,
				java.math.RoundingMode.HALF_UP)));
		label(svg, LEFT, bottom + 16, "start", points.get(0).period());
		if (points.size() > 1) {
			label(svg, (int) Math.round(LEFT + plotWidth), bottom + 16, "end", points.get(points.size() - 1).period());
		}
	}

	private static void legend(StringBuilder svg, boolean target) {
		int y = HEIGHT - 4;
		svg.append("<line x1=\"").append(LEFT + 120).append("\" y1=\"").append(y - 4).append("\" x2=\"")
			.append(LEFT + 140).append("\" y2=\"").append(y - 4).append("\" stroke=\"#1d70b8\" stroke-width=\"3\"/>");
		label(svg, LEFT + 144, y, "start", "Value");
		if (target) {
			svg.append("<line x1=\"").append(LEFT + 200).append("\" y1=\"").append(y - 4).append("\" x2=\"")
				.append(LEFT + 220).append("\" y2=\"").append(y - 4)
				.append("\" stroke=\"#d4351c\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
			label(svg, LEFT + 224, y, "start", "Target");
		}
	}

	private static void label(StringBuilder svg, int x, int y, String anchor, String text) {
		svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"").append(anchor)
			.append("\" font-family=\"sans-serif\" font-size=\"12\" fill=\"#0b0c0c\">").append(escape(text))
			.append("</text>");
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
						+ target;
	}

	private static double y(double value, double min, double max, double plotHeight) {
		return TOP + plotHeight - (value - min) / (max - min) * plotHeight;
	}

	private static String round(double value) {
		return String.valueOf(Math.round(value * 10) / 10.0);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(Objects.toString(text, ""));
	}
}
