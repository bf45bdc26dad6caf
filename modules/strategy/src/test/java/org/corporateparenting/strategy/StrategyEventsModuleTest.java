package org.corporateparenting.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;

/** Each event the strategy module publishes, carrying the council it happened in. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class StrategyEventsModuleTest {

	/** One council for every test here. */
	static String council;

	@Autowired
	StrategyPlanning planning;

	@Autowired
	ActionTracking tracking;

	@BeforeAll
	static void council(@Autowired CouncilOnboarding onboarding) {
		council = FreshCouncils.onboard(onboarding, "moduleshire");
	}

	@Test
	void approvingAStrategyPublishesStrategyApproved(Scenario scenario) {
		long id = inCouncil(() -> newStrategy().getId());

		inCouncil(() -> scenario
			.stimulate(() -> planning.transition(id, new TransitionRequest(StrategyStatus.APPROVED,
					"Corporate Parenting Board", LocalDate.of(2024, 3, 12), "That the Board approves the strategy")))
			.andWaitForEventOfType(StrategyApproved.class)
			.matching(event -> event.strategyId() == id)
			.toArriveAndVerify(event -> {
				assertThat(event.council()).isEqualTo(council);
				assertThat(event.approvedBy()).isEqualTo("Corporate Parenting Board");
			}));
	}

	@Test
	void recordingProgressPublishesProgressRecordedAndStatusChanged(Scenario scenario) {
		long action = inCouncil(this::newAction);

		inCouncil(() -> scenario
			.stimulate(() -> tracking.record(action, new ProgressRequest(null, "Half the PEPs reviewed", List.of(),
					ActionStatus.AT_RISK, 50, null), "officer"))
			.andWaitForEventOfType(ActionProgressRecorded.class)
			.matching(event -> event.actionId() == action)
			.toArriveAndVerify(event -> {
				assertThat(event.council()).isEqualTo(council);
				assertThat(event.percentComplete()).isEqualTo(50);
				assertThat(event.status()).isEqualTo(ActionStatus.AT_RISK);
			}));

		inCouncil(() -> scenario
			.stimulate(() -> tracking.record(action, new ProgressRequest(null, "All PEPs reviewed", List.of(),
					ActionStatus.COMPLETE, 100, null), "officer"))
			.andWaitForEventOfType(ActionStatusChanged.class)
			.matching(event -> event.actionId() == action && event.to() == ActionStatus.COMPLETE)
			.toArriveAndVerify(event -> {
				assertThat(event.council()).isEqualTo(council);
				assertThat(event.from()).isEqualTo(ActionStatus.AT_RISK);
				assertThat(event.rag()).isEqualTo(Rag.GREEN);
			}));
	}

	@Test
	void rollingAPlanOverPublishesActionPlanRolledOver(Scenario scenario) {
		long action = inCouncil(this::newAction);
		long plan = inCouncil(() -> tracking.action(action).getPlan().getId());

		inCouncil(() -> scenario.stimulate(() -> tracking.rollover(plan))
			.andWaitForEventOfType(ActionPlanRolledOver.class)
			.matching(event -> event.fromPlanId() == plan)
			.toArriveAndVerify(event -> {
				assertThat(event.council()).isEqualTo(council);
				assertThat(event.carriedForwardActionIds()).hasSize(1);
			}));
	}

	@Test
	void addingAnActionPublishesActionPlanChanged(PublishedEvents events) {
		long strategy = inCouncil(() -> newStrategy().getId());
		PlanOfPriority plan = inCouncil(() -> newPlan(strategy));
		long before = changesOf(strategy, events);

		inCouncil(() -> newActionIn(plan));

		assertThat(changesOf(strategy, events)).isEqualTo(before + 1);
	}

	@Test
	void editingAnActionPublishesActionPlanChangedThoughItsStatusStaysTheSame(PublishedEvents events) {
		long strategy = inCouncil(() -> newStrategy().getId());
		long action = inCouncil(() -> newActionIn(newPlan(strategy)));
		long before = changesOf(strategy, events);

		inCouncil(() -> tracking.update(action, new ActionRequest(null, tracking.action(action).getPriority().getId(),
				"Every child has a Personal Education Plan reviewed termly", null, "Virtual School Head", null, null,
				LocalDate.of(2024, 4, 1), LocalDate.of(2030, 3, 31), null, null, null, null, null, null, null, null,
				tracking.action(action).getVersion())));

		assertThat(changesOf(strategy, events)).isEqualTo(before + 1);
		assertThat(events.ofType(ActionStatusChanged.class).matching(event -> event.actionId() == action)).isEmpty();
	}

	@Test
	void activatingAStrategyPublishesActionPlanChanged(Scenario scenario) {
		long id = inCouncil(() -> newStrategy().getId());
		inCouncil(() -> planning.transition(id, new TransitionRequest(StrategyStatus.APPROVED,
				"Corporate Parenting Board", LocalDate.of(2024, 3, 12), "That the Board approves the strategy")));

		inCouncil(() -> scenario
			.stimulate(() -> planning.transition(id, new TransitionRequest(StrategyStatus.ACTIVE, null, null, null)))
			.andWaitForEventOfType(ActionPlanChanged.class)
			.matching(event -> event.strategyId() == id)
			.toArriveAndVerify(event -> assertThat(event.council()).isEqualTo(council)));
	}

	/** The ActionPlanChanged events published so far for the strategy, in this council. */
	private static long changesOf(long strategy, PublishedEvents events) {
		return StreamSupport.stream(events.ofType(ActionPlanChanged.class)
			.matching(event -> event.strategyId() == strategy && event.council().equals(council))
			.spliterator(), false).count();
	}

	private org.corporateparenting.strategy.domain.Strategy newStrategy() {
		return planning.create(new StrategyRequest("Moduleshire strategy " + System.nanoTime(),
				LocalDate.of(2024, 4, 1), LocalDate.of(2027, 3, 31), null, null, null, null));
	}

	private long newAction() {
		return newActionIn(newPlan(newStrategy().getId()));
	}

	/** A priority of the strategy and its 2024/25 plan, ready for actions. */
	private PlanOfPriority newPlan(long strategy) {
		long priority = planning.addPriority(strategy, new PriorityRequest("Education and Employment", null, null,
				Set.of(5), Theme.EDUCATION_EMPLOYMENT_TRAINING, null)).getId();
		return new PlanOfPriority(planning.addPlan(strategy, new ActionPlanRequest("2024/25")).getId(), priority);
	}

	private long newActionIn(PlanOfPriority plan) {
		return tracking.create(plan.plan(), new ActionRequest("MOD-" + System.nanoTime() % 100000, plan.priority(),
				"Every child has a Personal Education Plan", null, "Virtual School Head", null, null,
				LocalDate.of(2024, 4, 1), LocalDate.of(2030, 3, 31), null, null, null, null, null, null, null, null, null))
			.getId();
	}

	record PlanOfPriority(long plan, long priority) {
	}

	private static <T> T inCouncil(CouncilContext.Task<T, RuntimeException> task) {
		return CouncilContext.callIn(council, task);
	}

	private static void inCouncil(Runnable work) {
		CouncilContext.runIn(council, work::run);
	}
}
