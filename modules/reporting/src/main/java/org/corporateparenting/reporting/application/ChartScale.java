package org.corporateparenting.reporting.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A value axis fitted to the figures it shows (and their targets), with round ticks: 90% to 97% is drawn on an
 * axis from 88% to 98%, not flattened on 0 to 100%. A percentage axis stays within 0 to 100, and an axis of
 * figures none of which is below nought does not go below it.
 *
 * @param min the axis' lowest value
 * @param max the axis' highest value
 * @param step the distance between ticks
 */
record ChartScale(double min, double max, double step) {

	/** About this many ticks on an axis. */
	private static final int TICKS = 5;

	static ChartScale fitted(Collection<Double> values, boolean percentage) {
		double low = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
		double high = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
		double margin = high > low ? (high - low) * 0.1 : Math.max(1, Math.abs(high) * 0.1);
		double step = roundStep((high - low + 2 * margin) / (TICKS - 1));
		double min = Math.floor((low - margin) / step) * step;
		double max = Math.ceil((high + margin) / step) * step;
		if (low >= 0) {
			min = Math.max(0, min);
		}
		if (percentage) {
			max = Math.min(100, max);
			min = Math.min(min, max - step);
		}
		return new ChartScale(min, max, step);
	}

	/** 1, 2, 2.5 or 5 times a power of ten, the nearest at or above the rough step. */
	private static double roundStep(double rough) {
		double power = Math.pow(10, Math.floor(Math.log10(rough)));
		for (double multiple : new double[] { 1, 2, 2.5, 5, 10 }) {
			if (multiple * power >= rough - 1e-9) {
				return multiple * power;
			}
		}
		return 10 * power;
	}

	List<Double> ticks() {
		List<Double> ticks = new ArrayList<>();
		for (double tick = min; tick <= max + step / 1000; tick += step) {
			ticks.add(Math.round(tick / step) * step);
		}
		return ticks;
	}

	/** Where a value falls between {@code 0} (the axis' low end) and {@code 1} (its high end). */
	double fraction(double value) {
		return max == min ? 0.5 : (value - min) / (max - min);
	}
}
