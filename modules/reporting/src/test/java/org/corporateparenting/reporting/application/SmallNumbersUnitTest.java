package org.corporateparenting.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.corporateparenting.reporting.Unit;
import org.corporateparenting.web.disclosure.DisclosureControl;
import org.corporateparenting.web.disclosure.DisclosureProperties;
import org.junit.jupiter.api.Test;

/** The suppression rule at each of its boundaries: 4 against 5, a denominator of 4 against 5, and zero. */
class SmallNumbersUnitTest {

	SmallNumbers smallNumbers = new SmallNumbers(new DisclosureControl(new DisclosureProperties(5, 10)));


	@Test
	void countsFromOneToFourLeaveAsC() {
		assertThat(smallNumbers.suppress(Unit.COUNT, BigDecimal.valueOf(4), null, null)).isTrue();
		assertThat(smallNumbers.suppress(Unit.COUNT, BigDecimal.ONE, null, null)).isTrue();
		assertThat(smallNumbers.suppress(Unit.COUNT, BigDecimal.valueOf(5), null, null)).isFalse();
		assertThat(smallNumbers.suppress(Unit.COUNT, BigDecimal.ZERO, null, null)).isFalse();
	}

	@Test
	void percentagesOfFewerThanFiveLeaveAsC() {
		assertThat(smallNumbers.suppress(Unit.PERCENTAGE, BigDecimal.valueOf(75), 3, 4)).isTrue();
		assertThat(smallNumbers.suppress(Unit.PERCENTAGE, BigDecimal.valueOf(60), 3, 5)).isFalse();
		assertThat(smallNumbers.suppress(Unit.PERCENTAGE, BigDecimal.ZERO, 0, 5)).isFalse();
		assertThat(smallNumbers.suppress(Unit.PERCENTAGE, BigDecimal.valueOf(92), null, null))
			.as("nobody can tell a percentage without its denominator is safe")
			.isTrue();
	}

	@Test
	void ratesHideASmallNumberOfChildren() {
		assertThat(smallNumbers.suppress(Unit.RATE, BigDecimal.valueOf(0.6), 4, 67_000)).isTrue();
		assertThat(smallNumbers.suppress(Unit.RATE, BigDecimal.valueOf(97), 650, 67_000)).isFalse();
		assertThat(smallNumbers.suppress(Unit.RATE, BigDecimal.ZERO, 0, 67_000)).isFalse();
	}

	@Test
	void aShareOfFewerThanFiveActionsIsNotGiven() {
		assertThat(smallNumbers.share(3, 4)).isNull();
		assertThat(smallNumbers.share(3, 5)).isEqualByComparingTo("60.0");
		assertThat(smallNumbers.share(0, 5)).isEqualByComparingTo("0");
	}
}
