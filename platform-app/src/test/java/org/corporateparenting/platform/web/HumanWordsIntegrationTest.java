package org.corporateparenting.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.platform.SignedInPages;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Pages speak as people do: a record's history says "Status changed from At risk to On track" with times such as
 * "6 December 2026 at 11:35", and a form's problems name the field as its label does, never as the code names it.
 */
@PlatformTest
class HumanWordsIntegrationTest {

	static final String COUNCIL = "wordshire";

	static final String BASE = "/api/councils/" + COUNCIL;

	@LocalServerPort
	int port;

	@Test
	void anActionsHistoryAndItsFormsProblemsAreInTheWordsOfItsPage() {
		PlatformApi api = new PlatformApi(port);
		String admin = api.token("platform-admin");
		if (api.get("/api/admin/councils/" + COUNCIL, admin).status() == 404) {
			assertThat(api.post("/api/admin/councils", admin, Map.of("slug", COUNCIL, "name", "Wordshire Council",
					"onsCode", "E08009916", "region", "West Midlands")).status()).isEqualTo(201);
		}
		String officer = api.token(COUNCIL + "-officer");
		long strategy = api.post(BASE + "/strategies", officer, Map.of("title", "Wordshire strategy",
				"periodStart", "2024-04-01", "periodEnd", "2027-03-31")).json().get("id").asLong();
		long priority = api.post(BASE + "/strategies/" + strategy + "/priorities", officer, Map.of("title",
				"Health and wellbeing", "principles", List.of(1), "theme", "HEALTH_WELLBEING")).json().get("id").asLong();
		long plan = api.post(BASE + "/strategies/" + strategy + "/action-plans", officer, Map.of("year", "2024/25"))
			.json().get("id").asLong();
		long action = api.post(BASE + "/action-plans/" + plan + "/actions", officer, Map.of("priorityId", priority,
				"title", "Health assessments on time", "owner", "Designated Nurse", "startDate", "2024-04-01",
				"dueDate", "2025-03-31")).json().get("id").asLong();
		for (var update : List.of(Map.of("narrative", "Waiting lists are long", "status", "AT_RISK", "percentComplete", 35),
				Map.of("narrative", "The new clinic is open", "status", "ON_TRACK", "percentComplete", 45))) {
			assertThat(api.post(BASE + "/actions/" + action + "/progress", officer, update).status()).isEqualTo(201);
		}

		SignedInPages pages = SignedInPages.signIn(port, COUNCIL + "-officer");
		String page = pages.get("/councils/" + COUNCIL + "/actions/" + action, null).body();

		assertThat(page).contains("Status changed from At risk to On track",
				"Percent complete changed from 35% to 45%");
		assertThat(page).containsPattern("<td class=\"govuk-table__cell\">\\d{1,2} [A-Z][a-z]+ \\d{4} at \\d{2}:\\d{2}</td>");
		assertThat(page).doesNotContain("AT_RISK -&gt;", "status: ", "percentComplete:", "→");

		String refused = pages.post("/councils/" + COUNCIL + "/actions/" + action,
				"/councils/" + COUNCIL + "/actions/" + action + "/progress",
				Map.of("narrative", "Nearly there", "status", "ON_TRACK", "percentComplete", "150")).body();
		assertThat(refused).contains("Percent complete must be from 0 to 100").doesNotContain("percentComplete:");
	}

	@Test
	void figuresBroughtInWithACouncilsDocumentsSaySoAndTheRegistrysHistoryIsInEnglandsTime() {
		String indicator = SignedInPages.signIn(port, "walsall-officer")
			.get("/councils/walsall/indicators/PEP-TIMESCALE", null)
			.body();
		assertThat(indicator).contains("Brought in from the council&#39;s documents when it joined")
			.doesNotContain("walsall/indicators.yaml");

		String council = SignedInPages.signIn(port, "platform-admin").get("/admin/councils/walsall", null).body();
		assertThat(council).doesNotContain("When (UTC)")
			.containsPattern("<td class=\"govuk-table__cell\">\\d{1,2} [A-Z][a-z]+ \\d{4} at \\d{2}:\\d{2}</td>");
	}
}
