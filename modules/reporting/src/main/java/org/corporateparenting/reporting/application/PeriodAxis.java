package org.corporateparenting.reporting.application;

import java.util.List;

import org.corporateparenting.reporting.Period;

/**
 * The time axis of a trend: periods of one kind (years or quarters) placed by their dates, so that a gap of two years
 * looks like one, and wide enough that every period's label fits, turned, beside its neighbour's.
 */
final class PeriodAxis {

	/** The least room between two neighbouring periods, so that their labels never overlap. */
	private static final int LEAST_GAP = 28;

	private static final int LEAST_WIDTH = 420;

	static final int MOST_WIDTH = 1600;

	/** Below the axis, the room its turned labels take. */
	static final int LABELS_HEIGHT = 72;

	private final List<Period> periods;

	private final List<Long> days;

	private final double left;

	private final double width;

	PeriodAxis(List<Period> periods, double left) {
		this.periods = List.copyOf(periods);
		this.days = periods.stream().map(period -> period.start().toEpochDay()).toList();
		this.left = left;
		this.width = width(days);
	}

	private static double width(List<Long> days) {
		if (days.size() < 2) {
			return LEAST_WIDTH;
		}
		long closest = Long.MAX_VALUE;
		for (int i = 1; i < days.size(); i++) {
			closest = Math.min(closest, Math.max(1, days.get(i) - days.get(i - 1)));
		}
		double span = days.getLast() - days.getFirst();
		return Math.clamp(LEAST_GAP * span / closest, LEAST_WIDTH, MOST_WIDTH);
	}

	double width() {
		return width;
	}

	double x(int i) {
		if (days.size() == 1) {
			return left + width / 2;
		}
		return left + 8 + (width - 16) * (days.get(i) - days.getFirst()) / (double) (days.getLast() - days.getFirst());
	}

	/**
	 * Whether periods are missing between this one and the one before: a line breaks there rather than suggest
	 * figures nobody entered.
	 */
	boolean gapBefore(int i) {
		return i > 0 && !next(periods.get(i - 1)).equals(periods.get(i));
	}

	private static Period next(Period period) {
		if (!period.isQuarter()) {
			return Period.year(period.startYear() + 1);
		}
		return period.quarter() == 4 ? Period.quarter(period.startYear() + 1, 1)
				: Period.quarter(period.startYear(), period.quarter() + 1);
	}

	/** A tick and the turned label of every period, below the axis at {@code bottom}. */
	void draw(Svg svg, double bottom) {
		svg.line(left, bottom, left + width, bottom, Svg.SECONDARY_TEXT, 1, "");
		for (int i = 0; i < periods.size(); i++) {
			double x = x(i);
			svg.line(x, bottom, x, bottom + 4, Svg.SECONDARY_TEXT, 1, "")
				.text(x + 4, bottom + 14, "end", periods.get(i).toString(), 12, Svg.TEXT, -45);
		}
	}
}
