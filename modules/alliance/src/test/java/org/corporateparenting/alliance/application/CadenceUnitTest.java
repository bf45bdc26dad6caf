package org.corporateparenting.alliance.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The twelve-month window the cadence checks count meetings in, across year ends and leap days. */
class CadenceUnitTest {

	@Test
	void aMeetingCountsForTwelveMonthsAndThenDropsOut() {
		List<LocalDate> held = List.of(LocalDate.of(2025, 1, 15));

		assertThat(Cadence.heldInWindow(held, LocalDate.of(2025, 1, 15))).isEqualTo(1);
		assertThat(Cadence.heldInWindow(held, LocalDate.of(2026, 1, 14))).isEqualTo(1);
		assertThat(Cadence.heldInWindow(held, LocalDate.of(2026, 1, 15))).isZero();
		assertThat(Cadence.heldInWindow(held, LocalDate.of(2025, 1, 14))).as("not yet held").isZero();
	}

	@Test
	void theWindowRunsAcrossTheYearEnd() {
		List<LocalDate> held = List.of(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1), LocalDate.of(2025, 3, 1),
				LocalDate.of(2025, 2, 28));

		Cadence.Check check = Cadence.check("Meetings held", "terms of reference", held, 3,
				LocalDate.of(2026, 2, 28));

		assertThat(check.from()).isEqualTo(LocalDate.of(2025, 3, 1));
		assertThat(check.held()).isEqualTo(3);
		assertThat(check.met()).isTrue();
		assertThat(Cadence.check("Meetings held", "terms of reference", held, 4, LocalDate.of(2026, 2, 28)).met())
			.isFalse();
	}

	@Test
	void aLeapDayWindowStartsTheDayAfterTheSameDateLastYear() {
		assertThat(Cadence.windowStart(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2023, 3, 1));
		assertThat(Cadence.windowStart(LocalDate.of(2025, 2, 28))).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(Cadence.heldInWindow(List.of(LocalDate.of(2024, 2, 29)), LocalDate.of(2025, 2, 28))).isEqualTo(1);
		assertThat(Cadence.heldInWindow(List.of(LocalDate.of(2024, 2, 28)), LocalDate.of(2025, 2, 28))).isZero();
	}
}
