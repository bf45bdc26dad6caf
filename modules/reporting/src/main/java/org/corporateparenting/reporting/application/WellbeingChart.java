package org.corporateparenting.reporting.application;

import java.util.List;

import org.corporateparenting.reporting.application.WellbeingComparison.Item;

/**
 * The council's well-being results beside the average of the councils taking part: one row per domain (or
 * question), on an axis from 0% to 100%, the council's share as a dot and the average as a bar across the row. Each
 * row ends with both figures in words; a suppressed figure is written {@code c} and never drawn. The table beside it
 * gives every figure.
 */
public final class WellbeingChart {

	private static final int LABEL_WIDTH = 150;

	private static final int PLOT_WIDTH = 300;

	private static final int RIGHT = 190;

	private static final int TOP = 12;

	private static final int ROW = 30;

	private static final int BOTTOM = 52;

	private static final ChartScale PERCENT = new ChartScale(0, 100, 20);

	private WellbeingChart() {
	}

	/**
	 * @param title what the chart shows, such as "Care leavers, 2026: domains"
	 * @param labels each row's label as drawn (a domain's name, or a question's key)
	 */
	public static String svg(String title, List<Item> items, List<String> labels) {
		double bottom = TOP + ROW * items.size();
		Svg svg = Svg.image(LABEL_WIDTH + PLOT_WIDTH + RIGHT, bottom + BOTTOM, "cpp-chart", title,
				describe(items, labels));
		for (double tick : PERCENT.ticks()) {
			double x = LABEL_WIDTH + PERCENT.fraction(tick) * PLOT_WIDTH;
			svg.line(x, bottom, x, bottom + 4, Svg.SECONDARY_TEXT, 1, "")
				.text(x, bottom + 16, "middle", Math.round(tick) + "%");
		}
		svg.line(LABEL_WIDTH, TOP, LABEL_WIDTH, bottom, Svg.SECONDARY_TEXT, 1, "")
			.line(LABEL_WIDTH, bottom, LABEL_WIDTH + PLOT_WIDTH, bottom, Svg.SECONDARY_TEXT, 1, "");
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			double middle = TOP + i * ROW + ROW / 2.0;
			svg.text(LABEL_WIDTH - 8, middle + 4, "end", labels.get(i))
				.line(LABEL_WIDTH, middle, LABEL_WIDTH + PLOT_WIDTH, middle, Svg.GREY, 1, "1 3")
				.text(LABEL_WIDTH + PLOT_WIDTH + 10, middle + 4, "start",
						"Council " + item.council().shown() + ", average " + item.average());
			if (item.averageValue() != null) {
				double x = LABEL_WIDTH + PERCENT.fraction(item.averageValue().doubleValue()) * PLOT_WIDTH;
				svg.line(x, middle - 10, x, middle + 10, Svg.TEXT, 3, "");
			}
			if (item.council().value() != null) {
				svg.circle(LABEL_WIDTH + PERCENT.fraction(item.council().value().doubleValue()) * PLOT_WIDTH, middle,
						6, Svg.BLUE);
			}
		}
		double legend = bottom + BOTTOM - 8;
		svg.circle(LABEL_WIDTH + 6, legend - 4, 6, Svg.BLUE)
			.text(LABEL_WIDTH + 18, legend, "start", "This council")
			.line(LABEL_WIDTH + 120, legend - 12, LABEL_WIDTH + 120, legend + 4, Svg.TEXT, 3, "")
			.text(LABEL_WIDTH + 128, legend, "start", "Average of the councils taking part");
		return svg.close();
	}

	static String describe(List<Item> items, List<String> labels) {
		StringBuilder description = new StringBuilder();
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			description.append(labels.get(i))
				.append(": this council ")
				.append(ComparisonChart.inWords(item.council().shown()))
				.append(", average of the councils taking part ")
				.append(ComparisonChart.inWords(item.average()))
				.append(". ");
		}
		return description.toString().strip();
	}
}
