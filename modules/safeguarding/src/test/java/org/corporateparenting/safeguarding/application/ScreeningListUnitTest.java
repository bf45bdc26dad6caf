package org.corporateparenting.safeguarding.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.corporateparenting.web.FieldProblem;
import org.junit.jupiter.api.Test;

class ScreeningListUnitTest {

	final ScreeningList platform = PlatformScreeningList.read();

	@Test
	void findsAPhraseWhateverItsCaseAndPunctuation() {
		assertThat(platform.match("My step-dad HITS ME when he's drunk!!!")).contains("hits me");
		assertThat(platform.match("i   want\tto…die")).contains("want to die");
		assertThat(platform.match("I don’t feel safe at my placement.")).contains("dont feel safe");
		assertThat(platform.match("I don't feel safe")).contains("dont feel safe");
		assertThat(platform.match("SELF-HARM")).contains("self harm");
	}

	@Test
	void findsAPatternInTheWordsAsRead() {
		assertThat(platform.match("Sometimes my carer hurt me, last week too")).hasValueSatisfying(
				matched -> assertThat(matched).startsWith("\\b(he|she|they|mum|dad|carer"));
		assertThat(platform.match("They made me carry drugs to another town.")).isPresent();
		assertThat(platform.match("I DON'T want to be alive anymore")).isPresent();
	}

	@Test
	void matchesWholeWordsOnly() {
		ScreeningList list = ScreeningList.of(List.of("hurt me"), List.of());
		assertThat(list.match("it hurt meg's feelings")).isEmpty();
		assertThat(list.match("It hurt me.")).contains("hurt me");
		assertThat(ScreeningList.of(List.of("rape"), List.of()).match("I like grapes")).isEmpty();
	}

	@Test
	void raisesNoFlagOnOrdinaryAnswers() {
		for (String answer : List.of("I like my carers and my social worker listens to me.",
				"More trips out at the weekend please! And better wifi.",
				"School is ok. I want to be a nurse when I leave.",
				"My foster carer helps me with my homework and cooks really nice food",
				"I'd like to see my brother more often. Contact is too short.",
				"The youth club is great but the bus there costs too much",
				"I feel safe where I live and I trust my key worker")) {
			assertThat(platform.match(answer)).as(answer).isEmpty();
		}
	}

	@Test
	void namesEachWrongPatternAndPhraseByItsPlace() {
		List<FieldProblem> problems = ScreeningList.problems(List.of("hits me", "!!!"), List.of("ok", "(unclosed",
				"[z-a]"));
		assertThat(problems).extracting(FieldProblem::field)
			.containsExactly("phrases[1]", "patterns[1]", "patterns[2]");
		assertThat(problems.get(1).message()).contains("(unclosed").contains("not a valid regular expression");
		assertThat(ScreeningList.problems(List.of(), List.of())).extracting(FieldProblem::field)
			.containsExactly("phrases");
		assertThat(ScreeningList.problems(List.of("hits me"), List.of("\\bowe them\\b"))).isEmpty();
	}

	@Test
	void givesUpOnAPatternThatBacktracksWithoutEnd() {
		ScreeningList slow = ScreeningList.of(List.of(), List.of("((a+)+)+b"));
		long started = System.nanoTime();
		assertThatThrownBy(() -> slow.match("a".repeat(5000) + "c"))
			.isInstanceOf(ScreeningList.ScreeningTooSlow.class);
		assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
	}

	@Test
	void screensALongAnswerQuickly() {
		String answer = "I like my carers and my social worker listens to me. ".repeat(90);
		platform.match(answer);
		long started = System.nanoTime();
		for (int i = 0; i < 100; i++) {
			assertThat(platform.match(answer)).isEmpty();
		}
		assertThat((System.nanoTime() - started) / 100).as("nanoseconds per 5,000 characters").isLessThan(20_000_000L);
	}
}
