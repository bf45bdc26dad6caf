package org.corporateparenting.reporting.application;

import java.math.BigDecimal;

import org.corporateparenting.reporting.Polarity;
import org.corporateparenting.strategy.Rag;
import org.jspecify.annotations.Nullable;

/**
 * RAG against a target: green when the target is met, amber when the value misses it by no more than the
 * tolerance, red beyond that. No target, or a context indicator, has no RAG.
 */
public final class Rating {

	private Rating() {
	}

	public static @Nullable Rag rag(Polarity polarity, BigDecimal value, @Nullable BigDecimal target,
			@Nullable BigDecimal tolerance) {
		if (target == null || polarity == Polarity.CONTEXT) {
			return null;
		}
		BigDecimal shortfall = polarity == Polarity.HIGHER_IS_BETTER ? target.subtract(value) : value.subtract(target);
		if (shortfall.signum() <= 0) {
			return Rag.GREEN;
		}
		return shortfall.compareTo(tolerance == null ? BigDecimal.ZERO : tolerance) <= 0 ? Rag.AMBER : Rag.RED;
	}

	/** Which way the latest value moved from the one before, and whether that is better. */
	public static Trend trend(Polarity polarity, @Nullable BigDecimal previous, @Nullable BigDecimal latest) {
		if (previous == null || latest == null) {
			return Trend.NONE;
		}
		int direction = latest.compareTo(previous);
		if (direction == 0) {
			return Trend.STEADY;
		}
		if (polarity == Polarity.CONTEXT) {
			return direction > 0 ? Trend.UP : Trend.DOWN;
		}
		boolean better = polarity == Polarity.HIGHER_IS_BETTER ? direction > 0 : direction < 0;
		return direction > 0 ? (better ? Trend.UP_BETTER : Trend.UP_WORSE) : (better ? Trend.DOWN_BETTER : Trend.DOWN_WORSE);
	}

	public enum Trend {

		UP_BETTER("↑", "Up, better"), UP_WORSE("↑", "Up, worse"), DOWN_BETTER("↓", "Down, better"),
		DOWN_WORSE("↓", "Down, worse"), UP("↑", "Up"), DOWN("↓", "Down"), STEADY("→", "No change"),
		NONE("", "Only one value so far");

		private final String arrow;

		private final String label;

		Trend(String arrow, String label) {
			this.arrow = arrow;
			this.label = label;
		}

		public String arrow() {
			return arrow;
		}

		public String label() {
			return label;
		}
	}
}
