package org.corporateparenting.strategy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corporateparenting.strategy.ActionStatus.CARRIED_FORWARD;
import static org.corporateparenting.strategy.ActionStatus.COMPLETE;
import static org.corporateparenting.strategy.ActionStatus.DROPPED;
import static org.corporateparenting.strategy.ActionStatus.ON_TRACK;

import java.time.LocalDate;

import org.corporateparenting.strategy.Rag;
import org.junit.jupiter.api.Test;

class RagAssessmentUnitTest {

	static final LocalDate START = LocalDate.of(2024, 4, 1);

	static final LocalDate DUE = START.plusDays(100);

	@Test
	void expectedProgressGrowsEvenlyFromStartToDue() {
		assertThat(RagAssessment.expectedPercent(START, DUE, START)).isZero();
		assertThat(RagAssessment.expectedPercent(START, DUE, START.plusDays(50))).isEqualTo(50.0);
		assertThat(RagAssessment.expectedPercent(START, DUE, DUE)).isEqualTo(100.0);
	}

	@Test
	void greenFromNinetyPercentOfExpectedAmberFromSeventyRedBelow() {
		LocalDate halfway = START.plusDays(50);

		assertThat(RagAssessment.suggest(ON_TRACK, 45, START, DUE, halfway)).isEqualTo(Rag.GREEN);
		assertThat(RagAssessment.suggest(ON_TRACK, 44, START, DUE, halfway)).isEqualTo(Rag.AMBER);
		assertThat(RagAssessment.suggest(ON_TRACK, 35, START, DUE, halfway)).isEqualTo(Rag.AMBER);
		assertThat(RagAssessment.suggest(ON_TRACK, 34, START, DUE, halfway)).isEqualTo(Rag.RED);
	}

	@Test
	void anActionNotYetStartedIsGreen() {
		assertThat(RagAssessment.suggest(ON_TRACK, 0, START, DUE, START.minusDays(10))).isEqualTo(Rag.GREEN);
		assertThat(RagAssessment.suggest(ON_TRACK, 0, START, DUE, START)).isEqualTo(Rag.GREEN);
	}

	@Test
	void startEqualToDueExpectsEverythingOnTheDay() {
		assertThat(RagAssessment.suggest(ON_TRACK, 0, START, START, START.minusDays(1))).isEqualTo(Rag.GREEN);
		assertThat(RagAssessment.suggest(ON_TRACK, 90, START, START, START)).isEqualTo(Rag.GREEN);
		assertThat(RagAssessment.suggest(ON_TRACK, 80, START, START, START)).isEqualTo(Rag.AMBER);
	}

	@Test
	void overdueAndIncompleteIsRedWhateverTheProgress() {
		assertThat(RagAssessment.suggest(ON_TRACK, 99, START, DUE, DUE.plusDays(1))).isEqualTo(Rag.RED);
		assertThat(RagAssessment.suggest(ON_TRACK, 99, START, DUE, DUE)).isEqualTo(Rag.GREEN);
	}

	@Test
	void completeIsGreenEvenWhenLate() {
		assertThat(RagAssessment.suggest(COMPLETE, 100, START, DUE, DUE.plusDays(30))).isEqualTo(Rag.GREEN);
		assertThat(RagAssessment.suggest(ON_TRACK, 100, START, DUE, DUE.plusDays(30))).isEqualTo(Rag.GREEN);
	}

	@Test
	void carriedForwardAndDroppedActionsHaveNoRating() {
		assertThat(RagAssessment.suggest(CARRIED_FORWARD, 40, START, DUE, DUE.plusDays(1))).isNull();
		assertThat(RagAssessment.suggest(DROPPED, 100, START, DUE, START.plusDays(1))).isNull();
	}
}
