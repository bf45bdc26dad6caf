package org.corporateparenting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StorableTextUnitTest {

	record Seat(String role, String holder, List<String> deputies) {
	}

	record Meeting(LocalDate date, List<Seat> seats, Map<String, String> notes) {
	}

	@Test
	void everyFieldThatCannotBeStoredIsNamedByItsPath() {
		Meeting meeting = new Meeting(LocalDate.parse("-999999999-01-01"),
				List.of(new Seat("Chair", "Lead member\u0000", List.of("Deputy", "Second\u001B[31m"))),
				Map.of("summary", "Fine\ttext\r\nwith breaks", "minutes", "bell\u0007"));

		assertThat(StorableText.problems(meeting)).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("date", "seats[0].holder", "seats[0].deputies[1]", "notes.minutes");
	}

	@Test
	void ordinaryTextAndDatesInRangePass() {
		Meeting meeting = new Meeting(LocalDate.of(2026, 12, 6),
				List.of(new Seat("Chair – Corporate Parenting Board", "Lead member (Children’s Services) 👍", List.of())),
				Map.of());

		assertThat(StorableText.problems(meeting)).isEmpty();
		assertThat(StorableText.inRange(StorableText.EARLIEST)).isTrue();
		assertThat(StorableText.inRange(StorableText.LATEST.plusDays(1))).isFalse();
	}
}
