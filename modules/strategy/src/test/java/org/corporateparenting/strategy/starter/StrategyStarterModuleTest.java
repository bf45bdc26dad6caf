package org.corporateparenting.strategy.starter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.corporateparenting.strategy.ActionStatus;
import org.corporateparenting.strategy.StrategyProgress;
import org.corporateparenting.strategy.StrategyProgress.ActionLine;
import org.corporateparenting.strategy.StrategyProgress.PlanProgress;
import org.corporateparenting.strategy.StrategyProgress.PriorityProgress;
import org.corporateparenting.strategy.StrategyStatus;
import org.corporateparenting.strategy.application.ActionTracking;
import org.corporateparenting.strategy.domain.Action;
import org.corporateparenting.strategy.domain.Actions;
import org.corporateparenting.strategy.domain.ProgressUpdate;
import org.corporateparenting.strategy.domain.Strategies;
import org.corporateparenting.strategy.domain.Strategy;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.tenancy.StarterImport;
import org.corporateparenting.tenancy.onboarding.CouncilOnboarding;
import org.corporateparenting.tenancy.testing.FreshCouncils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/** A council's strategy.yaml: the demo councils' files import as written; a faulty file imports nothing. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class StrategyStarterModuleTest {

	static final Path WALSALL = Path.of("../../tenants/walsall");

	/** A council of its own for each test, since a council's action references are unique. */
	String council;

	@Autowired
	StrategyStarter starter;

	@Autowired
	Strategies strategies;

	@Autowired
	Actions actions;

	@Autowired
	StrategyProgress progress;

	@Autowired
	ActionTracking tracking;

	@Autowired
	CouncilOnboarding onboarding;

	@Autowired
	Councils councils;

	@Autowired
	List<StarterImport> imports;

	@BeforeEach
	void council() {
		council = FreshCouncils.onboard(onboarding, "startershire");
	}

	@Test
	void walsallsFileImportsWithItsPrioritiesPlansAndCarriedForwardActions() {
		Strategy strategy = CouncilContext.callIn(council,
				() -> importWalsall());

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
	void theImportedPlanIsSummarisedForReportingAsEachActionRatesItself() {
		LocalDate boardMeeting = LocalDate.of(2023, 11, 13);
		CouncilContext.runIn(council, () -> importWalsall());

		PlanProgress summary = CouncilContext.callIn(council, () -> progress.current(boardMeeting)).orElseThrow();

		assertThat(summary.planYear()).isEqualTo("2023/24");
		assertThat(summary.priorities()).extracting(PriorityProgress::number).containsExactly(1, 2, 3, 4, 5);
		CouncilContext.runIn(council, () -> {
			List<Action> plan = actions.findByPlanStrategyId(summary.strategyId())
				.stream()
				.filter(action -> action.getPlan().getYear().toString().equals("2023/24"))
				.toList();
			List<ActionLine> lines = summary.priorities().stream().flatMap(p -> p.actions().stream()).toList();
			assertThat(lines).extracting(ActionLine::id)
				.containsExactlyInAnyOrderElementsOf(plan.stream().map(Action::getId).toList());
			for (Action action : plan) {
				ActionLine line = lines.stream().filter(l -> l.id() == action.getId()).findFirst().orElseThrow();
				assertThat(line.rag()).isEqualTo(action.rag(boardMeeting));
				assertThat(line.overdue()).isEqualTo(action.isOverdue(boardMeeting));
				assertThat(line.latestNote()).isEqualTo(tracking.progress(action.getId())
					.stream()
					.findFirst()
					.map(ProgressUpdate::getNarrative)
					.orElse(null));
			}
			assertThat(lines).anySatisfy(line -> assertThat(line.latestNote()).isNotNull());
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
		CouncilContext.runIn(council, () -> importWalsall());

		assertThatThrownBy(
				() -> CouncilContext.runIn(council, () -> starter.importFile(WALSALL.resolve(StrategyStarter.FILE))))
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

	/** Walsall's strategy, imported as onboarding does: after the pledges and partner organisations its actions name. */
	private Strategy importWalsall() {
		imports.stream()
			.filter(module -> module.order() < starter.order())
			.sorted(Comparator.comparingInt(StarterImport::order))
			.forEach(module -> module.load(WALSALL.resolve(module.file())));
		return starter.importFile(WALSALL.resolve(StrategyStarter.FILE));
	}
}
