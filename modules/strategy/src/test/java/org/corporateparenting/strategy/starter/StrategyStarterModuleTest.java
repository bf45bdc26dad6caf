package org.corporateparenting.strategy.starter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.corporateparenting.strategy.ActionStatus;
import org.corporateparenting.strategy.StrategyStatus;
import org.corporateparenting.strategy.domain.Actions;
import org.corporateparenting.strategy.domain.Strategies;
import org.corporateparenting.strategy.domain.Strategy;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.tenancy.onboarding.CouncilOnboarding;
import org.corporateparenting.tenancy.onboarding.OnboardingRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/** A council's strategy.yaml: the demo councils' files import as written; a faulty file imports nothing. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class StrategyStarterModuleTest {

	static final java.util.concurrent.atomic.AtomicInteger COUNCILS = new java.util.concurrent.atomic.AtomicInteger();

	/** A council of its own for each test, since a council's action references are unique. */
	String council;

	@Autowired
	StrategyStarter starter;

	@Autowired
	Strategies strategies;

	@Autowired
	Actions actions;

	@Autowired
	CouncilOnboarding onboarding;

	@Autowired
	Councils councils;

	@BeforeEach
	void council() {
		int number = COUNCILS.incrementAndGet();
		council = "starter-shire-" + number + "-" + System.nanoTime() % 100000;
		onboarding.onboard(new OnboardingRequest(council, "Starter Shire Council " + council, "E1000%04d".formatted(5000 + number), "North East", List.of(), List.of()), "test");
	}

	@Test
	void walsallsFileImportsWithItsPrioritiesPlansAndCarriedForwardActions() {
		Strategy strategy = CouncilContext.callIn(council,
				() -> starter.importFile(Path.of("../../tenants/walsall/strategy.yaml")));

		assertThat(strategy.getTitle()).isEqualTo("Corporate Parenting Strategy 2022-2025");
		assertThat(strategy.getStatus()).isEqualTo(StrategyStatus.ACTIVE);
		CouncilContext.runIn(council, () -> {
			var carried = actions.findByPlanStrategyId(strategy.getId())
				.stream()
				.filter(action -> action.getStatus() == ActionStatus.CARRIED_FORWARD)
				.toList();
			assertThat(carried).isNotEmpty().allSatisfy(action -> assertThat(action.getCarriedTo()).isNotNull());
		});
	}

	@Test
	void everyDemoCouncilsFileIsValid() {
		for (String demo : List.of("wirral", "southwark")) {
			Path file = Path.of("../../tenants", demo, "strategy.yaml");
			assertThat(file).exists();
			CouncilContext.runIn(council, () -> assertThat(starter.importFile(file).getPeriodStart()).isNotNull());
		}
	}

	@Test
	void importingTheSameFileTwiceIsRefusedWithTheReferencesInUse() {
		Path walsall = Path.of("../../tenants/walsall/strategy.yaml");
		CouncilContext.runIn(council, () -> starter.importFile(walsall));

		assertThatThrownBy(() -> CouncilContext.runIn(council, () -> starter.importFile(walsall)))
			.hasMessageContaining("is already used by an action of this council: WAL-22-01");
	}

	@Test
	void aFileWithProblemsListsThemAllWithTheirFieldsAndImportsNothing() throws Exception {
		Path file = Files.createTempFile("strategy", ".yaml");
		Files.writeString(file, """
				strategy:
				  title: Faulty strategy
				  periodStart: 2024-04-01
				  periodEnd: 2027-03-31
				  status: ACTIVE
				priorities:
				  - key: health
				    title: Health
				    principles: [9]
				    theme: HEALTH_WELLBEING
				actionPlans:
				  - year: "2024/26"
				    actions:
				      - reference: A1
				        priority: housing
				        title: A thing
				        owner: Head of Service
				        startDate: 2024-06-01
				        dueDate: 2024-05-01
				        status: ON_TRACK
				        percentComplete: 10
				""");
		long before = CouncilContext.callIn(council, () -> strategies.count());

		assertThatThrownBy(() -> CouncilContext.runIn(council, () -> starter.importFile(file)))
			.isInstanceOf(org.corporateparenting.tenancy.StarterFiles.StarterFileException.class)
			.hasMessageContaining(file.toString())
			.hasMessageContaining("principles");

		Files.writeString(file, Files.readString(file).replace("principles: [9]", "principles: [1]"));
		assertThatThrownBy(() -> CouncilContext.runIn(council, () -> starter.importFile(file)))
			.hasMessageContaining("strategy.approval")
			.hasMessageContaining("actionPlans[0].year")
			.hasMessageContaining("actionPlans[0].actions[0].priority")
			.hasMessageContaining("actionPlans[0].actions[0].dueDate");
		assertThat(CouncilContext.callIn(council, () -> strategies.count())).isEqualTo(before);
	}

	@Test
	void anUnknownFieldIsReportedWithItsLine() throws Exception {
		Path file = Files.createTempFile("strategy", ".yaml");
		Files.writeString(file, "strategy:\n  title: x\n  colour: blue\n");

		assertThatThrownBy(() -> CouncilContext.runIn(council, () -> starter.importFile(file)))
			.hasMessageContaining("strategy.colour")
			.hasMessageContaining("Unrecognized property");
	}
}
