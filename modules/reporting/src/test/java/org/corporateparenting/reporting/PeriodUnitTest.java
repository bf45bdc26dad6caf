package org.corporateparenting.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PeriodUnitTest {

	@Test
	void readsYearsFromAprilAndTheirQuarters() {
		Period q1 = Period.parse("2024-25 Q1").orElseThrow();
		assertThat(q1.start()).isEqualTo(LocalDate.of(2024, 4, 1));
		assertThat(q1.end()).isEqualTo(LocalDate.of(2024, 6, 30));
		Period q4 = Period.parse("2024-25 Q4").orElseThrow();
		assertThat(q4.start()).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(q4.end()).isEqualTo(LocalDate.of(2025, 3, 31));
		assertThat(Period.parse("2024-25").orElseThrow().end()).isEqualTo(LocalDate.of(2025, 3, 31));
		assertThat(Period.parse("1999-00").orElseThrow().end()).isEqualTo(LocalDate.of(2000, 3, 31));
		assertThat(q1).hasToString("2024-25 Q1");
	}

	@Test
	void refusesWhatIsNotAPeriod() {
		assertThat(Period.parse("2024-26")).isEmpty();
		assertThat(Period.parse("2024-25 Q5")).isEmpty();
		assertThat(Period.parse("2024/25")).isEmpty();
		assertThat(Period.parse("")).isEmpty();
		assertThat(Period.parse(null)).isEmpty();
	}

	@Test
	void placesADateInItsQuarterAndOrdersAYearBeforeItsFirstQuarter() {
		assertThat(Period.quarterOf(LocalDate.of(2026, 11, 23))).hasToString("2026-27 Q3");
		assertThat(Period.quarterOf(LocalDate.of(2027, 3, 31))).hasToString("2026-27 Q4");
		assertThat(Period.quarterOf(LocalDate.of(2026, 4, 1))).hasToString("2026-27 Q1");
		assertThat(Period.year(2024).compareTo(Period.quarter(2024, 1))).isNegative();
		assertThat(Period.quarter(2024, 4).compareTo(Period.year(2025))).isNegative();
	}

	@Test
	void findsTheLastYearOrQuarterEndedByADayWhichMayBeItsLast() {
		assertThat(Period.lastYearEndedBy(LocalDate.of(2026, 3, 31))).hasToString("2025-26");
		assertThat(Period.lastYearEndedBy(LocalDate.of(2026, 3, 30))).hasToString("2024-25");
		assertThat(Period.lastYearEndedBy(LocalDate.of(2026, 11, 23))).hasToString("2025-26");
		assertThat(Period.lastQuarterEndedBy(LocalDate.of(2026, 9, 30))).hasToString("2026-27 Q2");
		assertThat(Period.lastQuarterEndedBy(LocalDate.of(2026, 9, 29))).hasToString("2026-27 Q1");
		assertThat(Period.lastQuarterEndedBy(LocalDate.of(2026, 4, 1))).hasToString("2025-26 Q4");
		assertThat(Period.lastQuarterEndedBy(LocalDate.of(2027, 1, 15))).hasToString("2026-27 Q3");
	}
}
