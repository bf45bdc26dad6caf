package org.corporateparenting.platform.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.platform.SignedInPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The strategy API as a council's scripts use it: strategies from draft to active, priorities, plans, actions,
 * progress and rollover; bad input, stale versions, illegal moves, viewers writing and other councils' tokens.
 * Works in a council of its own, Testshire, so moving strategies on leaves the demo councils as they are.
 */
@PlatformTest
class StrategyApiIntegrationTest {

	static final String BASE = "/api/councils/testshire";

	@LocalServerPort
	int port;

	PlatformApi api;

	String officer;

	@BeforeEach
	void setUp() {
		api = new PlatformApi(port);
		String admin = api.token("platform-admin");
		if (api.get("/api/admin/councils/testshire", admin).status() == 404) {
			api.post("/api/admin/councils", admin, Map.of("slug", "testshire", "name", "Testshire County Council",
					"onsCode", "E10000099", "region", "East of England"));
		}
		officer = api.token("testshire-officer");
	}

	@Test
	void walsallsStrategyIsThereAsTheCouncilWroteIt() {
		String walsall = api.token("walsall-officer");
		JsonNode strategies = api.get("/api/councils/walsall/strategies", walsall).json().get("content");
		JsonNode active = strategies.get(0);
		assertThat(active.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(active.get("periodStart").asString()).isEqualTo("2022-04-01");
		long id = active.get("id").asLong();

		JsonNode priorities = api.get("/api/councils/walsall/strategies/" + id + "/priorities", walsall).json();
		assertThat(priorities.findValuesAsString("title")).contains("Safety and Permanency",
				"Transitions and Independence", "Influence and Involvement");
		JsonNode plans = api.get("/api/councils/walsall/strategies/" + id + "/action-plans", walsall).json();
		assertThat(plans.findValuesAsString("year")).containsExactly("2022/23", "2023/24", "2024/25");
		JsonNode firstYear = api.get("/api/councils/walsall/action-plans/" + plans.get(0).get("id").asLong()
				+ "/actions", walsall).json().get("content");
		assertThat(firstYear.findValuesAsString("status")).contains("COMPLETE", "CARRIED_FORWARD");
		// Walsall's actions are built from its report, not copied from it, and its file says so: each is illustrative.
		assertThat(firstYear.findValues("illustrative")).isNotEmpty().allMatch(JsonNode::asBoolean);
		assertThat(api.get("/api/councils/walsall/actions/overdue", walsall).json()).isNotEmpty();
	}

	@Test
	void aStrategyMovesFromDraftToActiveAndSupersedesTheOneBefore() {
		long first = createStrategy("Testshire Corporate Parenting Strategy 2021-2024", "2021-04-01", "2024-03-31");
		approveAndActivate(first);
		long second = createStrategy("Testshire Corporate Parenting Strategy 2024-2027", "2024-04-01", "2027-03-31");

		var illegal = api.post(BASE + "/strategies/" + second + "/transitions", officer, Map.of("to", "ACTIVE"));
		assertThat(illegal.status()).isEqualTo(409);
		assertThat(illegal.json().get("detail").asString()).contains("CONSULTATION", "APPROVED");

		var unexplained = api.post(BASE + "/strategies/" + second + "/transitions", officer, Map.of("to", "APPROVED"));
		assertThat(unexplained.status()).isEqualTo(400);
		assertThat(unexplained.json().get("errors").findValuesAsString("field")).containsExactly("approvedBy",
				"approvedOn", "recommendation");

		approveAndActivate(second);
		assertThat(api.get(BASE + "/strategies/" + first, officer).json().get("status").asString())
			.isEqualTo("SUPERSEDED");
		JsonNode approved = api.get(BASE + "/strategies/" + second, officer).json();
		assertThat(approved.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(approved.get("approvedBy").asString()).isEqualTo("Corporate Parenting Board");
	}

	@Test
	void aStaleStrategyUpdateGets409AndAFreshOneIsKeptInTheHistory() {
		long id = createStrategy("Draft strategy", "2025-04-01", "2028-03-31");
		long version = api.get(BASE + "/strategies/" + id, officer).json().get("version").asLong();
		Map<String, Object> edit = Map.of("title", "Our promise to you: strategy 2025-2028", "periodStart",
				"2025-04-01", "periodEnd", "2028-03-31", "version", version);

		assertThat(api.put(BASE + "/strategies/" + id, officer, edit).status()).isEqualTo(200);
		assertThat(api.put(BASE + "/strategies/" + id, officer, edit).status()).isEqualTo(409);

		JsonNode history = api.get(BASE + "/strategies/" + id + "/history", officer).json();
		assertThat(history.get(0).get("kind").asString()).isEqualTo("CHANGED");
		assertThat(history.get(0).get("author").asString()).isEqualTo("testshire-officer");
		assertThat(history.get(0).get("fields").toString()).contains("Draft strategy", "Our promise to you");
		assertThat(history.get(1).get("kind").asString()).isEqualTo("CREATED");
	}

	@Test
	void badStrategyInputGets400WithEveryFieldErrorAndWritesNothing() {
		long before = api.get(BASE + "/strategies", officer).json().get("totalElements").asLong();

		var response = api.post(BASE + "/strategies", officer, Map.of("title", "", "periodStart", "2025-04-01",
				"periodEnd", "2024-04-01"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("periodEnd", "title");
		assertThat(api.get(BASE + "/strategies", officer).json().get("totalElements").asLong()).isEqualTo(before);
	}

	@Test
	void actionsAreTrackedFromCreationThroughProgressToRollover() {
		long strategy = createStrategy("Delivery test strategy", "2024-04-01", "2027-03-31");
		long priority = api.post(BASE + "/strategies/" + strategy + "/priorities", officer, Map.of("title",
				"Education and Employment", "principles", List.of(5), "theme", "EDUCATION_EMPLOYMENT_TRAINING"))
			.json()
			.get("id")
			.asLong();
		var badPriority = api.post(BASE + "/strategies/" + strategy + "/priorities", officer,
				Map.of("title", "", "principles", List.of(8)));
		assertThat(badPriority.json().get("errors").findValuesAsString("field")).contains("title", "theme");
		long plan = api.post(BASE + "/strategies/" + strategy + "/action-plans", officer, Map.of("year", "2024/25"))
			.json()
			.get("id")
			.asLong();
		assertThat(api.post(BASE + "/strategies/" + strategy + "/action-plans", officer, Map.of("year", "2024/25"))
			.status()).isEqualTo(409);

		var bad = api.post(BASE + "/action-plans/" + plan + "/actions", officer, Map.of("priorityId", priority,
				"title", "", "owner", "Virtual School Head", "startDate", "2024-06-01", "dueDate", "2024-05-01"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactly("dueDate", "title");

		var created = api.post(BASE + "/action-plans/" + plan + "/actions", officer, Map.of("priorityId", priority,
				"title", "Every child in care has an up-to-date Personal Education Plan", "owner",
				"Virtual School Head", "startDate", "2024-04-01", "dueDate", "2025-03-31", "outcomeMeasure",
				"PEPs completed in timescale above 90%"));
		assertThat(created.status()).isEqualTo(201);
		JsonNode action = created.json();
		long id = action.get("id").asLong();
		assertThat(action.get("reference").asString()).isEqualTo("2024-25-01");
		assertThat(action.get("suggestedRag").asString()).isEqualTo("RED");
		assertThat(action.get("overdue").asBoolean()).isTrue();

		var recorded = api.post(BASE + "/actions/" + id + "/progress", officer, Map.of("date",
				LocalDate.now().toString(), "narrative", "ePEP completion at 80% this term", "evidence",
				List.of("https://example.org/pep-report"), "status", "AT_RISK", "percentComplete", 80));
		assertThat(recorded.status()).isEqualTo(201);
		JsonNode timeline = api.get(BASE + "/actions/" + id + "/progress", officer).json();
		assertThat(timeline.get(0).get("narrative").asString()).isEqualTo("ePEP completion at 80% this term");
		assertThat(timeline.get(0).get("author").asString()).isEqualTo("testshire-officer");

		JsonNode current = api.get(BASE + "/actions/" + id, officer).json();
		assertThat(current.get("percentComplete").asInt()).isEqualTo(80);
		Map<String, Object> override = Map.of("priorityId", priority, "title", current.get("title").asString(),
				"owner", "Virtual School Head", "startDate", "2024-04-01", "dueDate", "2025-03-31", "ragOverride", "AMBER",
				"ragOverrideReason", "Spring term data not yet in", "version", current.get("version").asLong());
		JsonNode overridden = api.put(BASE + "/actions/" + id, officer, override).json();
		assertThat(overridden.get("rag").asString()).isEqualTo("AMBER");
		assertThat(overridden.get("suggestedRag").asString()).isEqualTo("RED");
		assertThat(api.put(BASE + "/actions/" + id, officer, override).status()).isEqualTo(409);

		var rolled = api.post(BASE + "/action-plans/" + plan + "/rollover", officer, null);
		assertThat(rolled.status()).isEqualTo(201);
		assertThat(rolled.json().get("year").asString()).isEqualTo("2025/26");
		JsonNode old = api.get(BASE + "/actions/" + id, officer).json();
		assertThat(old.get("status").asString()).isEqualTo("CARRIED_FORWARD");
		JsonNode carried = api.get(BASE + "/actions/" + old.get("carriedTo").asLong(), officer).json();
		assertThat(carried.get("carriedFrom").asLong()).isEqualTo(id);
		assertThat(carried.get("percentComplete").asInt()).isEqualTo(80);
		assertThat(api.get(BASE + "/actions/" + id + "/progress", officer).json()).hasSize(1);
		assertThat(api.post(BASE + "/action-plans/" + plan + "/rollover", officer, null).status()).isEqualTo(409);

		// The rolled-over plan is closed: new actions and progress go to the next year's plan, which the refusal names.
		var lateAction = api.post(BASE + "/action-plans/" + plan + "/actions", officer, Map.of("priorityId", priority,
				"title", "Added after the rollover", "owner", "Virtual School Head", "startDate", "2024-04-01",
				"dueDate", "2025-03-31"));
		assertThat(lateAction.status()).isEqualTo(409);
		assertThat(lateAction.json().get("detail").asString())
			.contains("rolled over into 2025/26", "add new actions there");
		var lateProgress = api.post(BASE + "/actions/" + id + "/progress", officer, Map.of("narrative", "Too late",
				"status", "ON_TRACK", "percentComplete", 90));
		assertThat(lateProgress.status()).isEqualTo(409);
		assertThat(lateProgress.json().get("detail").asString())
			.contains("carried forward into the 2025/26 plan", "action " + old.get("carriedTo").asLong());
		assertThat(api.put(BASE + "/actions/" + id, officer, Map.of("priorityId", priority, "title", "Changed",
				"owner", "Virtual School Head", "startDate", "2024-04-01", "dueDate", "2025-03-31", "version",
				old.get("version").asLong())).status()).isEqualTo(409);
		assertThat(api.get(BASE + "/actions/" + id + "/progress", officer).json()).hasSize(1);
		assertThat(api.post(BASE + "/actions/" + carried.get("id").asLong() + "/progress", officer, Map.of(
				"narrative", "Carried on in the new year", "status", "ON_TRACK", "percentComplete", 85)).status())
			.isEqualTo(201);
	}

	@Test
	void aPartnerRecordsProgressOnlyOnTheActionsTheirOrganisationOwns() {
		long housing = organisation("housing", "Housing Services");
		long police = organisation("police", "Police");
		long strategy = createStrategy("Partners delivering", "2026-04-01", "2029-03-31");
		long priority = api.post(BASE + "/strategies/" + strategy + "/priorities", officer, Map.of("title",
				"Housing", "principles", List.of(6), "theme", "HOMES_SAFETY_STABILITY")).json().get("id").asLong();
		long plan = api.post(BASE + "/strategies/" + strategy + "/action-plans", officer, Map.of("year", "2026/27"))
			.json()
			.get("id")
			.asLong();
		long ours = partnerAction(plan, priority, housing, "Every care leaver has a tenancy sustainment plan");
		long theirs = partnerAction(plan, priority, police, "Missing episodes are followed up within 72 hours");
		String partner = api.token("testshire-partner");
		Map<String, Object> update = Map.of("narrative", "Twelve plans agreed this quarter", "status", "ON_TRACK",
				"percentComplete", 40);

		var recorded = api.post(BASE + "/actions/" + ours + "/progress", partner, update);
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		assertThat(recorded.json().get("author").asString()).isEqualTo("testshire-partner");
		assertThat(api.post(BASE + "/actions/" + ours + "/progress", partner, Map.of()).status()).isEqualTo(400);
		assertThat(api.post(BASE + "/actions/" + theirs + "/progress", partner, update).status()).isEqualTo(403);
		JsonNode current = api.get(BASE + "/actions/" + ours, partner).json();
		assertThat(api.put(BASE + "/actions/" + ours, partner, Map.of("priorityId", priority, "title", "Renamed",
				"owner", "Head of Housing", "startDate", "2026-04-01", "dueDate", "2027-03-31", "version",
				current.get("version").asLong())).status()).isEqualTo(403);
		assertThat(api.post(BASE + "/actions/" + ours + "/progress", api.token("walsall-partner"), update).status())
			.isEqualTo(404);
		assertThat(api.get(BASE + "/actions/" + theirs + "/progress", officer).json()).isEmpty();
		assertThat(api.get(BASE + "/actions/" + ours + "/progress", officer).json()).hasSize(1);

		// The pages agree: the partner is offered the progress form on their organisation's action only, and it works.
		SignedInPages pages = SignedInPages.signIn(port, "testshire-partner");
		String form = "/councils/testshire/actions/" + ours + "/progress\"";
		assertThat(pages.get("/councils/testshire/actions/" + ours, null).body()).contains(form);
		assertThat(pages.get("/councils/testshire/actions/" + theirs, null).body())
			.doesNotContain("/councils/testshire/actions/" + theirs + "/progress\"");
		var posted = pages.post("/councils/testshire/actions/" + ours, "/councils/testshire/actions/" + ours
				+ "/progress", Map.of("narrative", "Fourteen plans agreed", "status", "ON_TRACK", "percentComplete", "45"));
		assertThat(posted.statusCode()).isEqualTo(200);
		assertThat(posted.body()).contains("Your progress update has been recorded");
		assertThat(api.get(BASE + "/actions/" + ours + "/progress", officer).json()).hasSize(2);
	}

	@Test
	void anActionNamesOnlyPledgesAndPartnerOrganisationsTheCouncilHas() {
		long strategy = createStrategy("Checked references", "2026-04-01", "2029-03-31");
		long priority = api.post(BASE + "/strategies/" + strategy + "/priorities", officer, Map.of("title",
				"Health", "principles", List.of(2), "theme", "HEALTH_WELLBEING")).json().get("id").asLong();
		long plan = api.post(BASE + "/strategies/" + strategy + "/action-plans", officer, Map.of("year", "2027/28"))
			.json()
			.get("id")
			.asLong();

		var bad = api.post(BASE + "/action-plans/" + plan + "/actions", officer, Map.of("priorityId", priority,
				"title", "Health assessments on time", "owner", "Designated Nurse", "startDate", "2027-04-01",
				"dueDate", "2028-03-31", "partnerOrganisationId", 987654, "pledgeIds", List.of(987655)));

		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").findValuesAsString("field"))
			.containsExactlyInAnyOrder("partnerOrganisationId", "pledgeIds");
		assertThat(api.get(BASE + "/action-plans/" + plan + "/actions", officer).json().get("content")).isEmpty();
	}

	/**
	 * Progress carries no version (an update adds to the timeline, overwriting nothing), so twenty people recording
	 * progress on one action at once are all recorded: none is refused as stale, none deadlocks.
	 */
	@Test
	void progressRecordedOnOneActionAtOnceIsAllKept() throws InterruptedException {
		long strategy = createStrategy("Concurrency test strategy", "2024-04-01", "2027-03-31");
		long priority = api.post(BASE + "/strategies/" + strategy + "/priorities", officer, Map.of("title",
				"Health", "principles", List.of(1), "theme", "HEALTH_WELLBEING"))
			.json()
			.get("id")
			.asLong();
		long plan = api.post(BASE + "/strategies/" + strategy + "/action-plans", officer, Map.of("year", "2026/27"))
			.json()
			.get("id")
			.asLong();
		long action = api.post(BASE + "/action-plans/" + plan + "/actions", officer, Map.of("priorityId", priority,
				"title", "Health assessments on time", "owner", "Designated Nurse", "startDate", "2026-04-01",
				"dueDate", "2027-03-31"))
			.json()
			.get("id")
			.asLong();
		List<Integer> statuses = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
		List<Thread> together = new java.util.ArrayList<>();
		for (int i = 0; i < 20; i++) {
			int percent = 5 * i;
			together.add(Thread.startVirtualThread(() -> statuses.add(api.post(BASE + "/actions/" + action + "/progress",
					officer, Map.of("narrative", "Update " + percent, "status", "ON_TRACK", "percentComplete", percent))
				.status())));
		}
		for (Thread thread : together) {
			thread.join();
		}

		assertThat(statuses).hasSize(20).containsOnly(201);
		assertThat(api.get(BASE + "/actions/" + action + "/progress", officer).json()).hasSize(20);
	}

	@Test
	void aViewerMayReadButNotWrite() {
		String viewer = api.token("testshire-viewer");
		long strategy = createStrategy("Read-only to viewers", "2025-04-01", "2028-03-31");
		Map<String, Object> anything = Map.of("title", "x");

		assertThat(api.get(BASE + "/strategies/" + strategy, viewer).status()).isEqualTo(200);
		assertThat(api.post(BASE + "/strategies", viewer, anything).status()).isEqualTo(403);
		assertThat(api.put(BASE + "/strategies/" + strategy, viewer, anything).status()).isEqualTo(403);
		assertThat(api.post(BASE + "/strategies/" + strategy + "/transitions", viewer, Map.of("to", "CONSULTATION"))
			.status()).isEqualTo(403);
		assertThat(api.post(BASE + "/strategies/" + strategy + "/priorities", viewer, anything).status()).isEqualTo(403);
		assertThat(api.post(BASE + "/strategies/" + strategy + "/action-plans", viewer, anything).status())
			.isEqualTo(403);
		assertThat(api.post(BASE + "/action-plans/1/actions", viewer, anything).status()).isEqualTo(403);
		assertThat(api.put(BASE + "/actions/1", viewer, anything).status()).isEqualTo(403);
		assertThat(api.post(BASE + "/actions/1/progress", viewer, anything).status()).isEqualTo(403);
		assertThat(api.post(BASE + "/action-plans/1/rollover", viewer, null).status()).isEqualTo(403);
		assertThat(api.get(BASE + "/strategies/" + strategy, viewer).json().get("title").asString())
			.isEqualTo("Read-only to viewers");
	}

	@Test
	void aBoardMemberMayApproveButNotEdit() {
		String board = api.token("testshire-board-member");
		long strategy = createStrategy("For the Board", "2025-04-01", "2028-03-31");

		assertThat(api.post(BASE + "/strategies/" + strategy + "/transitions", board, Map.of("to", "APPROVED",
				"approvedBy", "Corporate Parenting Board", "approvedOn", "2025-03-10", "recommendation",
				"The Board approves the strategy")).status()).isEqualTo(200);
		assertThat(api.post(BASE + "/strategies", board, Map.of("title", "x")).status()).isEqualTo(403);
	}

	@Test
	void anotherCouncilsTokenGets404OnEveryStrategyEndpoint() {
		long strategy = createStrategy("Private to Testshire", "2025-04-01", "2028-03-31");
		String walsall = api.token("walsall-officer");

		for (String path : List.of("/strategies", "/strategies/" + strategy, "/strategies/" + strategy + "/priorities",
				"/strategies/" + strategy + "/action-plans", "/strategies/" + strategy + "/history",
				"/actions/overdue", "/action-plans/1/actions", "/actions/1", "/actions/1/progress")) {
			assertThat(api.get(BASE + path, walsall).status()).as(path).isEqualTo(404);
		}
		assertThat(api.post(BASE + "/strategies/" + strategy + "/transitions", walsall, Map.of("to", "CONSULTATION"))
			.status()).isEqualTo(404);
		assertThat(api.put(BASE + "/strategies/" + strategy, walsall, Map.of("title", "x")).status()).isEqualTo(404);
		assertThat(api.post(BASE + "/strategies", walsall, Map.of("title", "x")).status()).isEqualTo(404);
		assertThat(api.post(BASE + "/actions/1/progress", walsall, Map.of("narrative", "x")).status()).isEqualTo(404);
		assertThat(api.post(BASE + "/action-plans/1/rollover", walsall, null).status()).isEqualTo(404);
		assertThat(api.get(BASE + "/action-plans/1/export.csv", walsall).status()).isEqualTo(404);
		assertThat(api.get(BASE + "/strategies/" + strategy, officer).json().get("title").asString())
			.isEqualTo("Private to Testshire");
	}

	/** The council's partner organisation with this key, added the first time it is asked for. */
	private long organisation(String key, String name) {
		for (JsonNode organisation : api.get(BASE + "/partner-organisations?size=100", officer).json().get("content")) {
			if (organisation.get("key").asString().equals(key)) {
				return organisation.get("id").asLong();
			}
		}
		var added = api.post(BASE + "/partner-organisations", officer, Map.of("key", key, "name", name, "sector",
				"HOUSING"));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		return added.json().get("id").asLong();
	}

	private long partnerAction(long plan, long priority, long organisation, String title) {
		var created = api.post(BASE + "/action-plans/" + plan + "/actions", officer, Map.of("priorityId", priority,
				"title", title, "owner", "Head of Housing", "startDate", "2026-04-01", "dueDate", "2027-03-31",
				"partnerOrganisationId", organisation));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private long createStrategy(String title, String start, String end) {
		var response = api.post(BASE + "/strategies", officer, Map.of("title", title, "periodStart", start,
				"periodEnd", end, "vision", "Every child in our care has the childhood any good parent would want"));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		assertThat(response.json().get("status").asString()).isEqualTo("DRAFT");
		return response.json().get("id").asLong();
	}

	private void approveAndActivate(long id) {
		var approved = api.post(BASE + "/strategies/" + id + "/transitions", officer, Map.of("to", "APPROVED",
				"approvedBy", "Corporate Parenting Board", "approvedOn", "2024-03-12", "recommendation",
				"That the Board approves the Corporate Parenting Strategy"));
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(api.post(BASE + "/strategies/" + id + "/transitions", officer, Map.of("to", "ACTIVE")).status())
			.isEqualTo(200);
	}
}
