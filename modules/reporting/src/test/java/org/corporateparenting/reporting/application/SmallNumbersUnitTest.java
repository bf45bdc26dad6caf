package org.corporateparenting.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.corporateparenting.reporting.Unit;
import org.junit.jupiter.api.Test;

/** The suppression rule at each of its boundaries: 4 against 5, a denominator of 4 against 5, and zero. */
class SmallNumbersUnitTest {

	@Test
	void countsFromOneToFourLeaveAsC() {
		assertThat(SmallNumbers.suppress(Unit.COUNT, BigDecimal.valueOf(4), null, null)).isTrue();
		assertThat(SmallNumbers.suppress(Unit.COUNT, BigDecimal.ONE, null, null)).isTrue();
		assertThat(SmallNumbers.suppress(Unit.COUNT, BigDecimal.valueOf(5), null, null)).isFalse();
		assertThat(SmallNumbers.suppress(Unit.COUNT, BigDecimal.ZERO, null, null)).isFalse();
	}

	@Test
	void percentagesOfFewerThanFiveLeaveAsC() {
		assertThat(SmallNumbers.suppress(Unit.PERCENTAGE, BigDecimal.valueOf(75), 3, 4)).isTrue();
		assertThat(SmallNumbers.suppress(Unit.PERCENTAGE, BigDecimal.valueOf(60), 3, 5)).isFalse();
		assertThat(SmallNumbers.suppress(Unit.PERCENTAGE, BigDecimal.ZERO, 0, 5)).isFalse();
		assertThat(SmallNumbers.suppress(Unit.PERCENTAGE, BigDecimal.valueOf(92), null, null))
			.as("nobody can tell a percentage without its denominator is safe")
			.isTrue();
	}

	@Test
	void ratesHideASmallNumberOfChildren() {
		assertThat(SmallNumbers.suppress(Unit.RATE, BigDecimal.valueOf(0.6), 4, 67_000)).isTrue();
		assertThat(SmallNumbers.suppress(Unit.RATE, BigDecimal.valueOf(97), 650, 67_000)).isFalse();
		assertThat(SmallNumbers.suppress(Unit.RATE, BigDecimal.ZERO, 0, 67_000)).isFalse();
	}

	@Test
	void aShareOfFewerThanFiveActionsIsNotGiven() {
		assertThat(SmallNumbers.share(3, 4)).isNull();
		assertThat(SmallNumbers.share(3, 5)).isEqualByComparingTo("60.0");
		assertThat(SmallNumbers.share(0, 5)).isEqualByComparingTo("0");
	}
}
