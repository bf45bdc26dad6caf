package org.corporateparenting.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.corporateparenting.reporting.Polarity;
import org.corporateparenting.strategy.Rag;
import org.junit.jupiter.api.Test;

class RatingUnitTest {

	static BigDecimal n(double value) {
		return BigDecimal.valueOf(value);
	}

	@Test
	void greenAtTheTargetAmberWithinTheToleranceRedBeyond() {
		assertThat(Rating.rag(Polarity.HIGHER_IS_BETTER, n(95), n(95), n(5))).isEqualTo(Rag.GREEN);
		assertThat(Rating.rag(Polarity.HIGHER_IS_BETTER, n(90), n(95), n(5))).isEqualTo(Rag.AMBER);
		assertThat(Rating.rag(Polarity.HIGHER_IS_BETTER, n(89.9), n(95), n(5))).isEqualTo(Rag.RED);
		assertThat(Rating.rag(Polarity.LOWER_IS_BETTER, n(10), n(10), n(2))).isEqualTo(Rag.GREEN);
		assertThat(Rating.rag(Polarity.LOWER_IS_BETTER, n(12), n(10), n(2))).isEqualTo(Rag.AMBER);
		assertThat(Rating.rag(Polarity.LOWER_IS_BETTER, n(12.5), n(10), n(2))).isEqualTo(Rag.RED);
		assertThat(Rating.rag(Polarity.HIGHER_IS_BETTER, n(94), n(95), null)).isEqualTo(Rag.RED);
	}

	@Test
	void noTargetOrAContextIndicatorHasNoRag() {
		assertThat(Rating.rag(Polarity.HIGHER_IS_BETTER, n(50), null, null)).isNull();
		assertThat(Rating.rag(Polarity.CONTEXT, n(70), n(60), n(5))).isNull();
	}

	@Test
	void theTrendSaysWhetherAMoveIsBetter() {
		assertThat(Rating.trend(Polarity.HIGHER_IS_BETTER, n(70), n(92))).isEqualTo(Rating.Trend.UP_BETTER);
		assertThat(Rating.trend(Polarity.LOWER_IS_BETTER, n(70), n(92))).isEqualTo(Rating.Trend.UP_WORSE);
		assertThat(Rating.trend(Polarity.LOWER_IS_BETTER, n(92), n(70))).isEqualTo(Rating.Trend.DOWN_BETTER);
		assertThat(Rating.trend(Polarity.CONTEXT, n(92), n(70))).isEqualTo(Rating.Trend.DOWN);
		assertThat(Rating.trend(Polarity.HIGHER_IS_BETTER, n(5), n(5))).isEqualTo(Rating.Trend.STEADY);
		assertThat(Rating.trend(Polarity.HIGHER_IS_BETTER, null, n(5))).isEqualTo(Rating.Trend.NONE);
	}
}
