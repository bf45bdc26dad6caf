package org.corporateparenting.reporting.application;

import java.util.List;

import org.corporateparenting.reporting.domain.DashboardPriority;

/**
 * The dashboard's actions by priority as stacked bars: green, amber, red and not rated, each bar as long as the
 * priority has actions, each part labelled with its count and the legend in words (never colour alone). The
 * table of actions by priority beside it gives every figure.
 */
public final class RagChart {

	private static final int LABEL_WIDTH = 96;

	private static final int PLOT_WIDTH = 420;

	private static final int RIGHT = 40;

	private static final int ROW = 32;

	private static final int BAR = 22;

	private static final int TOP = 8;

	private static final int LEGEND = 36;

	private record Part(String name, String fill, String text) {
	}

	private static final List<Part> PARTS = List.of(new Part("Green", Svg.GREEN, "#ffffff"),
			new Part("Amber", Svg.YELLOW, Svg.TEXT), new Part("Red", Svg.RED, "#ffffff"),
			new Part("Not rated", Svg.GREY, Svg.TEXT));

	private RagChart() {
	}

	public static String svg(List<Dashboard.PriorityRow> priorities) {
		int most = priorities.stream().mapToInt(row -> row.counts().actions()).max().orElse(0);
		double height = TOP + ROW * priorities.size() + LEGEND;
		Svg svg = Svg.image(LABEL_WIDTH + PLOT_WIDTH + RIGHT, height, "cpp-chart", "Actions by priority and RAG rating",
				describe(priorities));
		for (int i = 0; i < priorities.size(); i++) {
			Dashboard.PriorityRow row = priorities.get(i);
			double y = TOP + i * ROW;
			svg.text(LABEL_WIDTH - 8, y + BAR / 2.0 + 4, "end", "Priority " + row.number());
			int[] counts = counts(row.counts());
			double x = LABEL_WIDTH;
			for (int part = 0; part < PARTS.size(); part++) {
				double width = most == 0 ? 0 : PLOT_WIDTH * counts[part] / (double) most;
				if (counts[part] > 0) {
					svg.rect(x, y, width, BAR, PARTS.get(part).fill());
					if (width >= 16) {
						svg.text(x + width / 2, y + BAR / 2.0 + 4, "middle", "" + counts[part], 12,
								PARTS.get(part).text(), 0);
					}
				}
				x += width;
			}
			svg.text(x + 6, y + BAR / 2.0 + 4, "start", row.counts().actions() + " in all", 12, Svg.SECONDARY_TEXT, 0);
		}
		double legend = height - 12;
		for (int part = 0; part < PARTS.size(); part++) {
			double x = LABEL_WIDTH + part * 96;
			svg.rect(x, legend - 10, 12, 12, PARTS.get(part).fill()).text(x + 16, legend, "start", PARTS.get(part).name());
		}
		return svg.close();
	}

	private static int[] counts(DashboardPriority.Counts counts) {
		return new int[] { counts.green(), counts.amber(), counts.red(), counts.notRated() };
	}

	static String describe(List<Dashboard.PriorityRow> priorities) {
		if (priorities.isEmpty()) {
			return "There are no priorities with actions to count yet.";
		}
		StringBuilder description = new StringBuilder();
		for (Dashboard.PriorityRow row : priorities) {
			DashboardPriority.Counts counts = row.counts();
			description.append("Priority ").append(row.number()).append(", ").append(row.title()).append(": ")
				.append(counts.green()).append(" green, ").append(counts.amber()).append(" amber, ")
				.append(counts.red()).append(" red, ").append(counts.notRated()).append(" not rated. ");
		}
		return description.toString().strip();
	}
}
