package org.corporateparenting.tenancy.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DemoCalendarUnitTest {

	private static final String STRATEGY = """
			strategy:
			  title: "Corporate Parenting Strategy 2022-2025"
			  periodStart: 2022-04-01
			  approval:
			    date: 2022-01-24
			actionPlans:
			  - year: "2023/24"
			    actions:
			      - reference: "WAL-23-01"
			        description: "Carried forward from the 2022/23 action plan, reported on 2023-11-13."
			        dueDate: 2024-03-31   # the year's end
			        progress:
			          - date: 2023-11-13
			            narrative: "Reported to the Board on 13 November 2023."
			""";

	private static final String ALLIANCE = """
			bodies:
			  - meetings:
			      - date: "2024-02-29"
			        actions:
			          - dueDate: 2025-06-30
			""";

	@Test
	void movesByTheWholeYearsThatPutTheLatestRecordedEventInTheLastTwelveMonths() {
		// The latest event is the meeting of 29 February 2024; a due date later than it is not an event.
		assertThat(DemoCalendar.latestEvent(List.of(STRATEGY, ALLIANCE))).contains(LocalDate.of(2024, 2, 29));

		assertThat(DemoCalendar.yearsToMove(List.of(STRATEGY, ALLIANCE), LocalDate.of(2026, 12, 7))).isEqualTo(2);
		assertThat(DemoCalendar.yearsToMove(List.of(STRATEGY, ALLIANCE), LocalDate.of(2027, 2, 27))).isEqualTo(2);
		assertThat(DemoCalendar.yearsToMove(List.of(STRATEGY, ALLIANCE), LocalDate.of(2027, 2, 28))).isEqualTo(3);
		for (LocalDate today = LocalDate.of(2026, 1, 1); today.getYear() < 2029; today = today.plusDays(5)) {
			int years = DemoCalendar.yearsToMove(List.of(STRATEGY, ALLIANCE), today);
			LocalDate latest = DemoCalendar.latestEvent(List.of(DemoCalendar.move(STRATEGY, years),
					DemoCalendar.move(ALLIANCE, years)))
				.orElseThrow();
			assertThat(latest).as("on %s", today).isBeforeOrEqualTo(today).isAfter(today.minusYears(1));
		}
	}

	@Test
	void movesEveryDateAndPlanYearByTheSameYearsAndLeavesTheWordsAsWritten() {
		String moved = DemoCalendar.move(STRATEGY, 3);

		assertThat(moved).contains("periodStart: 2025-04-01", "date: 2025-01-24", "year: \"2026/27\"",
				"dueDate: 2027-03-31   # the year's end", "- date: 2026-11-13")
			.contains("title: \"Corporate Parenting Strategy 2022-2025\"",
					"\"Carried forward from the 2022/23 action plan, reported on 2023-11-13.\"",
					"\"Reported to the Board on 13 November 2023.\"");
		// A leap day moves to the last day of February, quoted as it was; the sequence of dates is kept.
		assertThat(DemoCalendar.move(ALLIANCE, 1)).contains("date: \"2025-02-28\"", "dueDate: 2026-06-30");
		assertThat(DemoCalendar.move(STRATEGY, 0)).isSameAs(STRATEGY);
	}

	@Test
	void filesAlreadyInTheLastTwelveMonthsOrWithNoEventAreNotMoved() {
		String moved = DemoCalendar.move(STRATEGY, DemoCalendar.yearsToMove(List.of(STRATEGY), LocalDate.of(2024, 1, 5)));

		assertThat(moved).isEqualTo(STRATEGY);
		// Moving what was moved once, on the same day, moves it no further.
		String once = DemoCalendar.move(STRATEGY, DemoCalendar.yearsToMove(List.of(STRATEGY), LocalDate.of(2026, 12, 7)));
		assertThat(DemoCalendar.yearsToMove(List.of(once), LocalDate.of(2026, 12, 7))).isZero();
		assertThat(DemoCalendar.yearsToMove(List.of("dueDate: 2020-01-01\n"), LocalDate.of(2026, 12, 7))).isZero();
	}
}
