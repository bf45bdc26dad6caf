package org.corporateparenting.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API used as a client uses it: what it reads can be sent back, every field that is wrong is named at once,
 * a file of the wrong kind is refused, and an answer holds no more than its caller needs.
 */
@PlatformTest
class ApiRoundTripsIntegrationTest {

	static final String BASE = "/api/councils/roundtripshire";

	@LocalServerPort
	int port;

	PlatformApi api;

	String officer;

	@BeforeEach
	void setUp() {
		api = new PlatformApi(port);
		officer = api.officerOfNewCouncil("roundtripshire", "Roundtripshire Council", "E08009924");
	}

	@Test
	void anActionReadAndSentBackWithANewTitleIsKeptAndTheSameSentAgainIsStale() {
		JsonNode action = anAction();
		ObjectNode changed = ((ObjectNode) action).put("title", action.get("title").asString() + " (renamed)");

		var saved = api.put(BASE + "/actions/" + action.get("id").asLong(), officer, changed.toString());

		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.json().get("title").asString()).endsWith("(renamed)");
		assertThat(saved.json().get("ragOverride")).isEqualTo(action.get("ragOverride"));
		assertThat(saved.json().get("version").asLong()).isGreaterThan(action.get("version").asLong());
		assertThat(api.put(BASE + "/actions/" + action.get("id").asLong(), officer, changed.toString()).status())
			.isEqualTo(409);
	}

	@Test
	void everyFieldThatIsWrongIsListedWithUnreadableValuesAmongThem() {
		JsonNode action = anAction();
		ObjectNode sent = ((ObjectNode) action.deepCopy()).put("status", "NEARLY_THERE")
			.put("startDate", "the first of April")
			.put("percentComplete", "most")
			.put("title", "");

		var refused = api.put(BASE + "/actions/" + action.get("id").asLong(), officer, sent.toString());

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.headers().getContentType().toString()).isEqualTo("application/problem+json");
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("percentComplete",
				"startDate", "status", "title");
		assertThat(api.get(BASE + "/actions/" + action.get("id").asLong(), officer).json().get("version"))
			.isEqualTo(action.get("version"));
	}

	@Test
	void aNestedUnreadableValueIsNamedByItsPathAsSent() {
		var refused = api.post(BASE + "/consultations", officer, "{\"topic\": \"\", \"audiences\": [\"CARE_LEAVERS\", "
				+ "\"EVERYONE\"], \"method\": \"FOCUS_GROUP\", \"opensOn\": \"2026-10-01\", \"closesOn\": \"2026-12-31\", "
				+ "\"designedBy\": \"YOUNG_PEOPLE\"}");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("audiences[1]", "topic");
	}

	@Test
	void anArrayWhereADateIsExpectedIsNamedBesideAnUnknownChoiceAndAnEmptyTitle() {
		JsonNode action = anAction();
		ObjectNode sent = ((ObjectNode) action.deepCopy()).put("status", "NEARLY_THERE").put("title", "");
		sent.putArray("dueDate").add("next").add("spring");

		var refused = api.put(BASE + "/actions/" + action.get("id").asLong(), officer, sent.toString());

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("dueDate", "status",
				"title");
	}

	@Test
	void aQueryParameterOfTheWrongTypeIsAFieldError() {
		var refused = api.get(BASE + "/strategies?page=first", officer);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("page");
	}

	@Test
	void aProgressFileWithTheWrongColumnsIsRefusedNamingThem() {
		long plan = anAction().get("actionPlanId").asLong();
		byte[] figures = "indicator,period,value\nPEP-TIMESCALE,2024-25,91\n".getBytes(StandardCharsets.UTF_8);

		for (String path : List.of("/progress-import", "/progress-import/preview")) {
			var refused = api.upload(BASE + "/action-plans/" + plan + path, officer, "figures.csv", figures);

			assertThat(refused.status()).as(path).isEqualTo(400);
			String message = refused.json().get("errors").get(0).get("message").asString();
			assertThat(message).contains("Reference", "Progress narrative", "indicator", "period", "value");
		}
	}

	@Test
	void aPartnershipComparisonNamesItsCouncilsWithoutTheirPlaceOnThePlatform() {
		String analyst = api.token("corporate-parenting-peer-network-analyst");

		JsonNode overview = api.get("/api/partnerships/corporate-parenting-peer-network/comparison", analyst).json();

		assertThat(overview.get("councils")).isNotEmpty();
		for (JsonNode council : overview.get("councils")) {
			assertThat(council.propertyNames()).containsExactlyInAnyOrder("slug", "name", "onsCode");
		}
		assertThat(overview.get("partnership").propertyNames()).containsExactlyInAnyOrder("slug", "name", "kind");
		assertThat(overview.toString()).doesNotContain("trustedIssuers", "\"partnerships\"", "schema", "shard");
	}

	@Test
	void councilRecordsAreNotKeptByBrowsersOrProxies() {
		var read = api.get(BASE + "/strategies", officer);

		assertThat(read.headers().getCacheControl()).contains("no-store");
	}

	/** A new action in a plan of a new strategy, as read. */
	private JsonNode anAction() {
		long strategy = api.post(BASE + "/strategies", officer, Map.of("title", "Round trip strategy", "periodStart",
				"2025-04-01", "periodEnd", "2028-03-31")).json().get("id").asLong();
		long priority = api.post(BASE + "/strategies/" + strategy + "/priorities", officer, Map.of("title",
				"Education and Employment", "principles", List.of(5), "theme", "EDUCATION_EMPLOYMENT_TRAINING"))
			.json().get("id").asLong();
		long plan = api.post(BASE + "/strategies/" + strategy + "/action-plans", officer, Map.of("year", "2025/26"))
			.json().get("id").asLong();
		long action = api.post(BASE + "/action-plans/" + plan + "/actions", officer, Map.of("priorityId", priority,
				"title", "Every child in care has an up-to-date Personal Education Plan", "owner", "Virtual School Head",
				"startDate", "2025-04-01", "dueDate", "2026-03-31")).json().get("id").asLong();
		return api.get(BASE + "/actions/" + action, officer).json();
	}
}
