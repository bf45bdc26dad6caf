package org.corporateparenting.platform.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.corporateparenting.alliance.AllianceProgress;
import org.corporateparenting.alliance.BodyType;
import org.corporateparenting.platform.LiveDemo;
import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.strategy.Rag;
import org.corporateparenting.strategy.StrategyProgress;
import org.corporateparenting.strategy.StrategyProgress.ActionLine;
import org.corporateparenting.strategy.StrategyProgress.PlanProgress;
import org.corporateparenting.strategy.Theme;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.onboarding.TenantFolders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The demo as a new user first sees it: its three councils onboarded with the dates in their files moved into today's
 * calendar (here a fixed day, 7 December 2026), in schemas of their own. Each council's current
 * plan year is the live one, with a realistic mix of green, amber and a few overdue actions, at least five actions per
 * theme so that the partnership's delivery by theme shows figures, meetings held in the last twelve months and
 * Southwark's strategy active; the words stay as the documents wrote them. A later start moves nothing again, and a
 * council onboarding with its own documents keeps its dates.
 */
@LiveDemo
class DemoCyclesIntegrationTest {

	static final LocalDate DAY = LiveDemo.DemoDay.DAY;

	static final List<String> COUNCILS = List.of("walsall", "wirral", "southwark");

	@LocalServerPort
	int port;

	@Autowired
	StrategyProgress strategies;

	@Autowired
	AllianceProgress alliances;

	@Autowired
	TenantFolders tenantFolders;

	PlatformApi api;

	@BeforeEach
	void setUp() {
		api = new PlatformApi(port);
	}

	@Test
	void eachDemoCouncilsCurrentPlanIsLiveWithARealisticMix() {
		for (String council : COUNCILS) {
			PlanProgress plan = CouncilContext.callIn(council, () -> strategies.current(DAY))
				.orElseThrow(() -> new AssertionError(council + " has no strategy in force"));
			assertThat(plan.planYear()).as(council + "'s current plan").isEqualTo("2026/27");
			Map<Theme, Long> perTheme = plan.priorities()
				.stream()
				.collect(Collectors.groupingBy(p -> p.theme(), Collectors.summingLong(p -> p.actions().size())));
			assertThat(perTheme).as(council + ": actions per theme").isNotEmpty().allSatisfy(
					(theme, actions) -> assertThat(actions).as(council + " " + theme).isGreaterThanOrEqualTo(5));

			List<ActionLine> actions = plan.priorities().stream().flatMap(p -> p.actions().stream()).toList();
			Map<Rag, Long> rags = actions.stream()
				.filter(action -> action.rag() != null)
				.collect(Collectors.groupingBy(ActionLine::rag, Collectors.counting()));
			assertThat(rags).as(council + ": RAG").containsKeys(Rag.GREEN, Rag.AMBER, Rag.RED);
			assertThat(rags.get(Rag.GREEN)).as(council + ": more green than red").isGreaterThan(rags.get(Rag.RED));
			long overdue = actions.stream().filter(ActionLine::overdue).count();
			assertThat(overdue).as(council + ": a few overdue").isBetween(1L, actions.size() / 5L);
			assertThat(actions).as(council + ": some complete or on track")
				.anyMatch(ActionLine::greenOrComplete);

			assertThat(CouncilContext.callIn(council, () -> alliances.meetingsBetween(DAY.minusYears(1).plusDays(1),
					DAY)))
				.as(council + ": meetings held in the last twelve months")
				.isNotEmpty();
			assertThat(CouncilContext.callIn(council, () -> alliances.cadence(DAY)))
				.filteredOn(body -> body.type() == BodyType.BOARD)
				.as(council + "'s board met in the last twelve months")
				.isNotEmpty()
				.allSatisfy(board -> assertThat(board.held()).isPositive());
		}
	}

	@Test
	void datesMoveByWholeYearsWhileTheDocumentsWordsStayAsWritten() {
		Map<String, JsonNode> strategy = COUNCILS.stream()
			.collect(Collectors.toMap(Function.identity(), council -> api
				.get("/api/councils/" + council + "/strategies", api.token(council + "-viewer"))
				.json()
				.get("content")
				.get(0)));

		// Walsall's latest event (its alliance's November 2024 meeting) moves two years, Wirral's (October 2022)
		// four, Southwark's (October 2021) five: each into the twelve months up to the demo's day.
		assertThat(strategy.get("walsall").get("periodStart").asString()).isEqualTo("2024-04-01");
		assertThat(strategy.get("wirral").get("periodStart").asString()).isEqualTo("2026-04-01");
		assertThat(strategy.get("southwark").get("periodStart").asString()).isEqualTo("2026-08-01");
		assertThat(strategy.get("walsall").get("title").asString()).isEqualTo("Corporate Parenting Strategy 2022-2025");
		assertThat(strategy.get("southwark").get("status").asString()).isEqualTo("ACTIVE");
		assertThat(strategy.get("southwark").get("approvedOn").asString()).isEqualTo("2026-08-03");

		// A later start onboards nothing again, so nothing moves twice.
		tenantFolders.onboardMissing();
		assertThat(api.get("/api/councils/walsall/strategies", api.token("walsall-viewer"))
			.json()
			.get("content")
			.get(0)
			.get("periodStart")
			.asString()).isEqualTo("2024-04-01");
	}

	@Test
	void thePartnershipsDeliveryByThemeShowsFigures() {
		String analyst = api.token("corporate-parenting-peer-network-analyst");
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			JsonNode themes = api.get("/api/partnerships/corporate-parenting-peer-network/comparison", analyst)
				.json()
				.get("themes");
			// Walsall's five themes, Wirral's four and Southwark's six.
			assertThat(themes.valueStream().flatMap(row -> row.get("cells").valueStream()).filter(c -> !c.isNull()))
				.as(themes.toString())
				.hasSize(15)
				.allSatisfy(cell -> {
					assertThat(cell.get("suppressed").asBoolean()).isFalse();
					assertThat(cell.get("share").isNumber()).isTrue();
				});
		});
	}

	@Test
	void aCouncilOnboardingWithItsOwnDocumentsKeepsItsDates() {
		String admin = api.token("platform-admin");
		var started = api.upload("/api/admin/councils/bundles", admin, "files",
				CouncilBundles.walsallAs("owndates", "E08009907"));
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		JsonNode done = CouncilBundles.finished(api, admin, started.headers().getLocation().toString());
		assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("DONE");

		String officer = api.token("owndates-officer");
		JsonNode strategy = api.get("/api/councils/owndates/strategies", officer).json().get("content").get(0);
		assertThat(strategy.get("periodStart").asString()).isEqualTo("2022-04-01");
		JsonNode plans = api.get("/api/councils/owndates/strategies/" + strategy.get("id").asLong() + "/action-plans",
				officer)
			.json();
		assertThat(plans.findValuesAsString("year")).containsExactly("2022/23", "2023/24", "2024/25");

		// An action an officer marks illustrative reads back so.
		JsonNode priority = api.get("/api/councils/owndates/strategies/" + strategy.get("id").asLong() + "/priorities",
				officer)
			.json()
			.get(0);
		var created = api.post("/api/councils/owndates/action-plans/" + plans.get(2).get("id").asLong() + "/actions",
				officer, Map.of("priorityId", priority.get("id").asLong(), "title", "An example of a good action",
						"owner", "Head of Service", "startDate", "2024-04-01", "dueDate", "2025-03-31", "illustrative",
						true));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(api.get("/api/councils/owndates/actions/" + created.json().get("id").asLong(), officer)
			.json()
			.get("illustrative")
			.asBoolean()).isTrue();
	}
}
