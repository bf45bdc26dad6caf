package org.corporateparenting.strategy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PlanYearUnitTest {

	@Test
	void runsFromAprilToMarch() {
		PlanYear year = PlanYear.parse("2023/24");

		assertThat(year.firstDay()).isEqualTo(LocalDate.of(2023, 4, 1));
		assertThat(year.lastDay()).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(year.next()).hasToString("2024/25");
		assertThat(PlanYear.parse("1999/00").next()).hasToString("2000/01");
	}

	@Test
	void refusesYearsThatAreNotConsecutive() {
		assertThatIllegalArgumentException().isThrownBy(() -> PlanYear.parse("2023/25"));
		assertThatIllegalArgumentException().isThrownBy(() -> PlanYear.parse("2023-24"));
		assertThat(PlanYear.isValid(null)).isFalse();
	}
}
