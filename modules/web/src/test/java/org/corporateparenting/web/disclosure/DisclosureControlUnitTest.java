package org.corporateparenting.web.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The disclosure control at its boundaries, with the threshold as configured. */
class DisclosureControlUnitTest {

	DisclosureControl five = new DisclosureControl(new DisclosureProperties(5, 10));

	@Test
	void hidesCountsFromOneToBelowTheThresholdAndShowsZero() {
		assertThat(five.hidesCount(4)).isTrue();
		assertThat(five.hidesCount(1)).isTrue();
		assertThat(five.hidesCount(5)).isFalse();
		assertThat(five.hidesCount(0)).isFalse();
		DisclosureControl ten = new DisclosureControl(new DisclosureProperties(10, 10));
		assertThat(ten.hidesCount(9)).isTrue();
		assertThat(ten.hidesCount(BigDecimal.TEN)).isFalse();
	}

	@Test
	void hidesAShareOfASmallOrUnknownDenominator() {
		assertThat(five.hidesShareOf(4)).isTrue();
		assertThat(five.hidesShareOf(null)).isTrue();
		assertThat(five.hidesShareOf(5)).isFalse();
		assertThat(five.share(3, 4)).isNull();
		assertThat(five.share(3, 5)).isEqualByComparingTo("60.0");
	}

	@Test
	void hidesTheNextSmallestCellBesideASingleSmallOne() {
		DisclosureControl.Protection protection = five.protect(List.of(3L, 20L, 7L, 0L));

		assertThat(protection.hidden()).containsExactly(true, false, true, false);
		assertThat(protection.totalHidden()).isFalse();
	}

	@Test
	void hidesTheTotalWhenNothingIsLeftToProtectASmallCell() {
		DisclosureControl.Protection protection = five.protect(List.of(3L, 0L));

		assertThat(protection.hidden()).containsExactly(true, false);
		assertThat(protection.totalHidden()).isTrue();
	}

	@Test
	void roundsCountsOverCouncilsAndMarksOnesThatRoundToZero() {
		assertThat(five.aggregateCount(new BigDecimal("1234"))).isEqualTo("1230");
		assertThat(five.aggregateCount(new BigDecimal("4"))).isEqualTo("k");
		assertThat(five.aggregateCount(BigDecimal.ZERO)).isEqualTo("0");
	}

	@Test
	void refusesAThresholdThatProtectsNothing() {
		assertThatThrownBy(() -> new DisclosureProperties(1, 10)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theLegendNamesEverySymbolAndTheThreshold() {
		assertThat(five.legend()).extracting(DisclosureControl.LegendEntry::symbol).containsExactly("c", "z", "k", "x");
		assertThat(five.legend().get(0).meaning()).contains("1 to 4");
		assertThat(five.legendRows().subList(0, 2)).containsExactly(List.of(""), List.of("Symbol", "Meaning"));
	}
}
