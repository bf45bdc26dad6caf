package org.corporateparenting.consultation.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Small groups are hidden, and so is whatever would let them be worked out from the total. */
class SuppressionUnitTest {

	@Test
	void aGroupOfFourIsHiddenAndAGroupOfFiveShown() {
		assertThat(Suppression.groups(List.of(4L, 3L, 5L, 9L))).containsExactly(true, true, false, false);
	}

	@Test
	void aLoneSmallGroupTakesTheNextSmallestWithItSoTheTotalDoesNotGiveItAway() {
		assertThat(Suppression.groups(List.of(4L, 6L, 5L))).containsExactly(true, false, true);
		assertThat(Suppression.groups(List.of(1L, 7L))).containsExactly(true, true);
	}

	@Test
	void nothingIsHiddenWhenEveryGroupIsFiveOrMore() {
		assertThat(Suppression.groups(List.of(5L, 12L))).containsExactly(false, false);
	}

	@Test
	void zeroCountsAreShownAndCountsOfOneToFourHidden() {
		assertThat(Suppression.counts(List.of(0L, 2L, 9L, 3L))).containsExactly(false, true, false, true);
		assertThat(Suppression.counts(List.of(0L, 2L, 9L, 6L))).containsExactly(false, true, false, true);
	}
}
