package org.corporateparenting.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.corporateparenting.strategy.StrategyProgress.ActionLine;
import org.corporateparenting.strategy.StrategyProgress.PlanProgress;
import org.corporateparenting.strategy.StrategyProgress.PriorityInPlan;
import org.corporateparenting.strategy.StrategyProgress.PriorityProgress;
import org.corporateparenting.strategy.application.ActionPlanRequest;
import org.corporateparenting.strategy.application.ActionRequest;
import org.corporateparenting.strategy.application.ActionTracking;
import org.corporateparenting.strategy.application.PriorityRequest;
import org.corporateparenting.strategy.application.ProgressRequest;
import org.corporateparenting.strategy.application.StrategyPlanning;
import org.corporateparenting.strategy.application.StrategyRequest;
import org.corporateparenting.strategy.application.TransitionRequest;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.onboarding.CouncilOnboarding;
import org.corporateparenting.tenancy.testing.FreshCouncils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/** The active strategy's plan as reporting reads it: priorities in order, each action as its own page shows it. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class StrategyProgressModuleTest {

	static final LocalDate MID_OCTOBER_2024 = LocalDate.of(2024, 10, 15);

	/** A council of its own for each test, so that its active strategy is the one the test made. */
	String council;

	@Autowired
	StrategyProgress progress;

	@Autowired
	StrategyPlanning planning;

	@Autowired
	ActionTracking tracking;

	@Autowired
	CouncilOnboarding onboarding;

	@BeforeEach
	void council() {
		council = FreshCouncils.onboard(onboarding, "progressshire");
	}

	@Test
	void summarisesThePlanOfTheYearPriorityByPriorityWithEachActionAsItsPageShowsIt() {
		long strategy = inCouncil(this::activeStrategyWithTwoPlans);

		PlanProgress summary = inCouncil(() -> progress.current(MID_OCTOBER_2024)).orElseThrow();

		assertThat(summary.strategyId()).isEqualTo(strategy);
		assertThat(summary.strategyTitle()).isEqualTo("Progress Shire Corporate Parenting Strategy");
		assertThat(summary.planYear()).isEqualTo("2024/25");
		assertThat(summary.priorities()).extracting(PriorityProgress::number, PriorityProgress::title,
				PriorityProgress::theme)
			.containsExactly(tuple(1, "Homes", Theme.HOMES_SAFETY_STABILITY),
					tuple(2, "Education", Theme.EDUCATION_EMPLOYMENT_TRAINING),
					tuple(3, "Voice", Theme.VOICE_INFLUENCE));
		assertThat(summary.priorities()).extracting(priority -> references(priority.actions()))
			.containsExactly(List.of("PS-01"), List.of("PS-02", "PS-03"), List.of());

		assertThat(summary.priorities().stream().flatMap(priority -> priority.actions().stream()))
			.allSatisfy(ratedAsTheActionIs(MID_OCTOBER_2024));
		ActionLine overridden = line(summary, "PS-01");
		assertThat(overridden.rag()).isEqualTo(Rag.AMBER);
		assertThat(overridden.latestNote()).isEqualTo("First homes found");
		assertThat(overridden.owner()).isEqualTo("Head of Housing");
		assertThat(overridden.path()).isEqualTo("/actions/" + overridden.id());
		ActionLine complete = line(summary, "PS-02");
		assertThat(complete.rag()).isEqualTo(Rag.GREEN);
		assertThat(complete.overdue()).isFalse();
		assertThat(complete.percentComplete()).isEqualTo(100);
		assertThat(complete.greenOrComplete()).isTrue();
		assertThat(complete.latestNote()).isNull();
		ActionLine late = line(summary, "PS-03");
		assertThat(late.overdue()).isTrue();
		assertThat(late.rag()).isEqualTo(Rag.RED);
		assertThat(late.status()).isEqualTo(ActionStatus.ON_TRACK);
		assertThat(late.greenOrComplete()).as("on track by its status, but red").isFalse();
		assertThat(overridden.greenOrComplete()).isFalse();
		assertThat(late.dueDate()).isEqualTo(LocalDate.of(2024, 9, 30));
	}

	@Test
	void thePrioritiesOfChangedActionsComeWithEveryActionAlongsideWhetherOneActionChangedOrSeveral() {
		inCouncil(this::activeStrategyWithTwoPlans);
		PlanProgress summary = inCouncil(() -> progress.current(MID_OCTOBER_2024)).orElseThrow();
		long homes = line(summary, "PS-01").id();
		long education = line(summary, "PS-02").id();

		List<PriorityInPlan> one = inCouncil(() -> progress.prioritiesOf(List.of(education), MID_OCTOBER_2024));
		List<PriorityInPlan> again = inCouncil(
				() -> progress.prioritiesOf(List.of(education, line(summary, "PS-03").id()), MID_OCTOBER_2024));
		List<PriorityInPlan> two = inCouncil(() -> progress.prioritiesOf(Set.of(homes, education), MID_OCTOBER_2024));

		assertThat(one).isEqualTo(again);
		assertThat(one).singleElement().satisfies(priority -> {
			assertThat(priority.planId()).isEqualTo(summary.planId());
			assertThat(references(priority.actions())).containsExactly("PS-02", "PS-03");
			assertThat(priority.actions()).allSatisfy(ratedAsTheActionIs(MID_OCTOBER_2024));
		});
		assertThat(two).extracting(priority -> references(priority.actions()))
			.containsExactlyInAnyOrder(List.of("PS-01"), List.of("PS-02", "PS-03"));
		assertThat(inCouncil(() -> progress.prioritiesOf(List.of(), MID_OCTOBER_2024))).isEmpty();
	}

	@Test
	void fallsBackToTheLatestPlanWhenNoPlanCoversTheDay() {
		inCouncil(this::activeStrategyWithTwoPlans);

		PlanProgress summary = inCouncil(() -> progress.current(LocalDate.of(2030, 1, 1))).orElseThrow();

		assertThat(summary.planYear()).isEqualTo("2025/26");
		assertThat(summary.priorities()).extracting(priority -> references(priority.actions()))
			.containsExactly(List.of("PS-04"), List.of(), List.of());
	}

	@Test
	void hasNothingToSummariseWithoutAnActiveStrategy() {
		inCouncil(() -> planning.transition(strategy().getId(), new TransitionRequest(StrategyStatus.APPROVED,
				"Corporate Parenting Board", LocalDate.of(2024, 3, 12), "That the Board approves the strategy")));

		assertThat(inCouncil(() -> progress.current(MID_OCTOBER_2024))).isEmpty();
	}

	/**
	 * Three priorities (the last without actions); a 2024/25 plan whose actions were entered out of reference
	 * order: one with its RAG overridden and progress recorded out of date order, one complete, one overdue; and a
	 * 2025/26 plan with one action.
	 */
	private long activeStrategyWithTwoPlans() {
		long strategy = strategy().getId();
		planning.transition(strategy, new TransitionRequest(StrategyStatus.APPROVED, "Corporate Parenting Board",
				LocalDate.of(2024, 3, 12), "That the Board approves the strategy"));
		planning.transition(strategy, new TransitionRequest(StrategyStatus.ACTIVE, null, null, null));
		long homes = priority(strategy, "Homes", Theme.HOMES_SAFETY_STABILITY);
		long education = priority(strategy, "Education", Theme.EDUCATION_EMPLOYMENT_TRAINING);
		priority(strategy, "Voice", Theme.VOICE_INFLUENCE);
		long thisYear = planning.addPlan(strategy, new ActionPlanRequest("2024/25")).getId();
		long nextYear = planning.addPlan(strategy, new ActionPlanRequest("2025/26")).getId();

		action(thisYear, "PS-03", education, "Virtual School Head", LocalDate.of(2024, 9, 30), ActionStatus.ON_TRACK,
				40, null);
		long overridden = action(thisYear, "PS-01", homes, "Head of Housing", LocalDate.of(2025, 3, 31),
				ActionStatus.NOT_STARTED, 0, Rag.AMBER);
		action(thisYear, "PS-02", education, "Virtual School Head", LocalDate.of(2024, 6, 30), ActionStatus.COMPLETE,
				100, null);
		action(nextYear, "PS-04", homes, "Head of Housing", LocalDate.of(2026, 3, 31), ActionStatus.NOT_STARTED, 0,
				null);
		record(overridden, LocalDate.of(2024, 6, 1), "Housing panel set up", 20);
		record(overridden, LocalDate.of(2024, 9, 1), "First homes found", 40);
		record(overridden, LocalDate.of(2024, 5, 1), "Scoping agreed with housing", 40);
		return strategy;
	}

	private org.corporateparenting.strategy.domain.Strategy strategy() {
		return planning.create(new StrategyRequest("Progress Shire Corporate Parenting Strategy",
				LocalDate.of(2024, 4, 1), LocalDate.of(2027, 3, 31), null, null, null, null));
	}

	private long priority(long strategy, String title, Theme theme) {
		return planning.addPriority(strategy, new PriorityRequest(title, null, null, Set.of(1), theme, null)).getId();
	}

	private long action(long plan, String reference, long priority, String owner, LocalDate due, ActionStatus status,
			int percent, Rag override) {
		return tracking.create(plan, new ActionRequest(reference, priority, "Action " + reference, null, owner, null, null,
				LocalDate.of(2024, 4, 1), due, null, status, percent, null, override,
				override == null ? null : "Waiting on the housing panel", null, Set.of(), null))
			.getId();
	}

	private void record(long action, LocalDate date, String narrative, int percent) {
		tracking.record(action, new ProgressRequest(date, narrative, List.of(), ActionStatus.ON_TRACK, percent, null),
				"officer");
	}

	/** What the action's own page shows for the day: its status, RAG (override first) and whether it is overdue. */
	private Consumer<ActionLine> ratedAsTheActionIs(LocalDate today) {
		return line -> {
			var action = inCouncil(() -> tracking.action(line.id()));
			assertThat(line.status()).isEqualTo(action.getStatus());
			assertThat(line.rag()).isEqualTo(action.rag(today));
			assertThat(line.overdue()).isEqualTo(action.isOverdue(today));
		};
	}

	private static List<String> references(List<ActionLine> lines) {
		return lines.stream().map(ActionLine::reference).toList();
	}

	private static ActionLine line(PlanProgress summary, String reference) {
		return summary.priorities()
			.stream()
			.flatMap(priority -> priority.actions().stream())
			.filter(line -> line.reference().equals(reference))
			.findFirst()
			.orElseThrow();
	}

	private <T> T inCouncil(CouncilContext.Task<T, RuntimeException> task) {
		return CouncilContext.callIn(council, task);
	}
}
