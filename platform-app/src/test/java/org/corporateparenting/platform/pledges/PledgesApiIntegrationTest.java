package org.corporateparenting.platform.pledges;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.web.testing.AccessibleDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The pledges API as scripts use it, with Walsall's pledges as the council brought them. */
@PlatformTest
class PledgesApiIntegrationTest {

	static final String WALSALL = "/api/councils/walsall";

	@LocalServerPort
	int port;

	PlatformApi api;

	String officer;

	@BeforeEach
	void setUp() {
		api = new PlatformApi(port);
		officer = api.token("walsall-officer");
	}

	@Test
	void walsallsSeventeenPledgesAndFiveWorkStreamsAreThere() {
		JsonNode sets = api.get(WALSALL + "/pledge-sets", officer).json().get("content");
		assertThat(sets.findValuesAsString("title")).contains("Our Pledge to Children in Care");
		assertThat(sets.findValues("pledges").stream().mapToInt(JsonNode::size).sum()).isGreaterThanOrEqualTo(17);
		JsonNode workStreams = api.get(WALSALL + "/work-streams", officer).json();
		assertThat(workStreams.findValuesAsString("status")).contains("MERGED", "DELIVERED_AND_DISSOLVED", "ACTIVE");
		long first = workStreams.get(0).get("id").asLong();
		assertThat(api.get(WALSALL + "/work-streams/" + first + "/updates", officer).json()).isNotEmpty();
	}

	@Test
	void aDraftSetIsWrittenThenBroughtIntoForce() {
		var bad = api.post(WALSALL + "/pledge-sets", officer, Map.of("title", ""));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactly("audience", "title");

		JsonNode set = api.post(WALSALL + "/pledge-sets", officer, Map.of("title", "Our Promises to Care Leavers 2026",
				"audience", "CARE_LEAVERS", "inForceFrom", "2026-04-01")).json();
		long id = set.get("id").asLong();
		long theme = api.post(WALSALL + "/pledge-sets/" + id + "/themes", officer, Map.of("title", "Your Home"))
			.json().get("id").asLong();
		JsonNode pledge = api.post(WALSALL + "/pledge-sets/" + id + "/themes/" + theme + "/pledges", officer,
				Map.of("number", 1, "text", "We will help you find a safe place to live", "commitment",
						Map.of("description", "Council tax exemption to age 25", "target", 25, "unit", "years of age",
								"period", "YEAR"))).json();
		assertThat(pledge.get("commitment").get("target").asInt()).isEqualTo(25);
		assertThat(api.post(WALSALL + "/pledge-sets/" + id + "/themes", officer, Map.of("title", "")).json()
			.get("errors").findValuesAsString("field")).containsExactly("title");
		assertThat(api.post(WALSALL + "/pledge-sets/" + id + "/themes/" + theme + "/pledges", officer,
				Map.of("number", 1, "text", "A second pledge 1")).json().get("errors").findValuesAsString("field"))
			.containsExactly("number");
		Map<String, Object> retitle = Map.of("title", "Our Promises to Care Leavers", "audience", "CARE_LEAVERS",
				"inForceFrom", "2026-04-01", "version",
				api.get(WALSALL + "/pledge-sets/" + id, officer).json().get("version").asLong());
		assertThat(api.put(WALSALL + "/pledge-sets/" + id, officer, retitle).status()).isEqualTo(200);
		assertThat(api.put(WALSALL + "/pledge-sets/" + id, officer, retitle).status()).isEqualTo(409);
		long pledgeId = pledge.get("id").asLong();
		Map<String, Object> reword = Map.of("number", 1, "text", "We will help you find a safe home", "version",
				pledge.get("version").asLong());
		assertThat(api.put(WALSALL + "/pledges/" + pledgeId, officer, reword).status()).isEqualTo(200);
		assertThat(api.put(WALSALL + "/pledges/" + pledgeId, officer, reword).status()).isEqualTo(409);

		var inForce = api.post(WALSALL + "/pledge-sets/" + id + "/transitions", officer, Map.of("to", "IN_FORCE"));
		assertThat(inForce.json().get("status").asString()).isEqualTo("IN_FORCE");
		assertThat(api.post(WALSALL + "/pledge-sets/" + id + "/transitions", officer, Map.of("to", "DRAFT")).status())
			.isEqualTo(409);
		assertThat(api.get(WALSALL + "/pledges/" + pledgeId + "/history", officer).json().get(0).get("author")
			.asString()).isEqualTo("walsall-officer");
	}

	@Test
	void aStrategyActionNamingAPledgeShowsInItsDelivery() {
		JsonNode sets = api.get(WALSALL + "/pledge-sets", officer).json().get("content");
		JsonNode passports = null;
		for (JsonNode pledge : sets.findValues("pledges").stream().flatMap(list -> list.valueStream()).toList()) {
			if (pledge.get("number").asInt() == 7) {
				passports = pledge;
			}
		}
		long pledgeId = passports.get("id").asLong();
		JsonNode strategy = api.get(WALSALL + "/strategies", officer).json().get("content").get(0);
		long strategyId = strategy.get("id").asLong();
		long plan = api.get(WALSALL + "/strategies/" + strategyId + "/action-plans", officer).json().get(1).get("id")
			.asLong();
		long priority = api.get(WALSALL + "/strategies/" + strategyId + "/priorities", officer).json().get(3).get("id")
			.asLong();
		api.post(WALSALL + "/action-plans/" + plan + "/actions", officer, Map.of("priorityId", priority, "title",
				"Apply for a passport with every child in care who wants one", "owner", "Head of Service, Corporate Parenting",
				"startDate", "2023-04-01", "dueDate", "2024-03-31", "status", "COMPLETE", "pledgeIds", List.of(pledgeId)));

		JsonNode delivery = api.get(WALSALL + "/pledges/" + pledgeId + "/delivery", officer).json();

		assertThat(delivery.get("workStreams").findValuesAsString("name")).contains("Lifestyle and leisure");
		assertThat(delivery.get("otherWork").findValuesAsString("title"))
			.contains("Apply for a passport with every child in care who wants one");
		assertThat(delivery.get("status").asString()).isEqualTo("IN_PROGRESS");
	}

	@Test
	void aPledgeSetDownloadsAsAPdfToHandOutAndAsCsv() throws Exception {
		long id = api.get(WALSALL + "/pledge-sets", officer).json().get("content").get(0).get("id").asLong();

		byte[] pdf = api.download(WALSALL + "/pledge-sets/" + id + "/export.pdf", officer);
		assertThat(AccessibleDocuments.pdfUaFailures(pdf)).isEmpty();
		var document = AccessibleDocuments.describe(pdf);
		assertThat(document.text()).contains("Walsall Council", "Our Pledge to Children in Care", "Your Education");
		assertThat(document.title()).isEqualTo("Our Pledge to Children in Care");
		assertThat(document.language()).isEqualTo("en");
		assertThat(document.fonts()).contains("DejaVuSans").doesNotContain("not embedded");
		var csv = org.corporateparenting.web.Spreadsheets.read("pledges.csv", new java.io.ByteArrayInputStream(
				api.download(WALSALL + "/pledge-sets/" + id + "/export.csv", officer)));
		assertThat(csv).hasSize(11);
		assertThat(csv.getFirst().values()).containsEntry("Theme", "Your Education").containsEntry("Number", "1");
	}

	@Test
	void workStreamsAreCheckedVersionedAndReportUpdates() {
		long pledge = api.get(WALSALL + "/pledge-sets", officer).json().get("content").get(0).get("themes").get(0)
			.get("pledges").get(0).get("id").asLong();

		var bad = api.post(WALSALL + "/work-streams", officer, Map.of("name", "", "lead", "Head of Service",
				"pledgeIds", List.of(999999), "status", "MERGED"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").findValuesAsString("field")).contains("name", "pledgeIds", "statusDate",
				"statusReason", "mergedInto");

		JsonNode created = api.post(WALSALL + "/work-streams", officer, Map.of("name", "Care leavers' housing",
				"lead", "Housing Pathway Panel chair", "members", List.of("Walsall Housing Group"), "pledgeIds",
				List.of(pledge))).json();
		long id = created.get("id").asLong();
		JsonNode renamed = api.put(WALSALL + "/work-streams/" + id, officer, Map.of("name", "Care leavers' housing",
				"lead", "Housing Pathway Panel chair", "members", List.of("Walsall Housing Group (whg)", "Virtual School"),
				"pledgeIds", List.of(pledge), "version", created.get("version").asLong())).json();
		assertThat(renamed.get("members").get(0).asString()).as("a member renamed in place is kept in the history")
			.isEqualTo("Walsall Housing Group (whg)");
		Map<String, Object> dissolve = Map.of("name", "Care leavers' housing", "lead", "Housing Pathway Panel chair",
				"pledgeIds", List.of(pledge), "status", "DELIVERED_AND_DISSOLVED", "statusDate", "2025-03-31",
				"statusReason", "Its work plan is delivered", "version", renamed.get("version").asLong());
		assertThat(api.put(WALSALL + "/work-streams/" + id, officer, dissolve).json().get("status").asString())
			.isEqualTo("DELIVERED_AND_DISSOLVED");
		assertThat(api.put(WALSALL + "/work-streams/" + id, officer, dissolve).status()).isEqualTo(409);

		assertThat(api.post(WALSALL + "/work-streams/" + id + "/updates", officer, Map.of("date", "2025-03-01"))
			.json()
			.get("errors")
			.findValuesAsString("field")).containsExactly("delivered");
		assertThat(api.post(WALSALL + "/work-streams/" + id + "/updates", officer, Map.of("date", "2025-03-01",
				"delivered", List.of("Ten more flats for care leavers"))).status()).isEqualTo(201);
		assertThat(api.get(WALSALL + "/work-streams/" + id + "/updates", officer).json().get(0).get("delivered")
			.get(0).asString()).isEqualTo("Ten more flats for care leavers");
	}

	@Test
	void viewersReadOnlyAndOtherCouncilsGet404() {
		String viewer = api.token("walsall-viewer");
		String wirral = api.token("wirral-officer");

		assertThat(api.get(WALSALL + "/pledge-sets", viewer).status()).isEqualTo(200);
		assertThat(api.post(WALSALL + "/pledge-sets", viewer, Map.of("title", "x")).status()).isEqualTo(403);
		assertThat(api.post(WALSALL + "/work-streams", viewer, Map.of("name", "x")).status()).isEqualTo(403);
		assertThat(api.put(WALSALL + "/work-streams/1", viewer, Map.of("name", "x")).status()).isEqualTo(403);
		assertThat(api.post(WALSALL + "/work-streams/1/updates", viewer, Map.of("date", "2025-01-01")).status())
			.isEqualTo(403);
		assertThat(api.put(WALSALL + "/pledges/1", viewer, Map.of("text", "x")).status()).isEqualTo(403);
		assertThat(api.post(WALSALL + "/pledge-sets/1/review", viewer, null).status()).isEqualTo(403);
		for (String path : List.of("/pledge-sets", "/pledge-sets/1", "/pledge-sets/1/export.pdf", "/pledges/1",
				"/pledges/1/delivery", "/work-streams",
				"/work-streams/1/updates")) {
			assertThat(api.get(WALSALL + path, wirral).status()).as(path).isEqualTo(404);
		}
		assertThat(api.post(WALSALL + "/pledge-sets", wirral, Map.of("title", "x")).status()).isEqualTo(404);
		assertThat(api.put(WALSALL + "/work-streams/1", wirral, Map.of("name", "x")).status()).isEqualTo(404);
		assertThat(api.post(WALSALL + "/pledge-sets/1/review", wirral, null).status()).isEqualTo(404);
	}
}
