package org.corporateparenting.platform.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.platform.SignedInPages;
import org.corporateparenting.web.Spreadsheets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/**
 * The demo councils compared with their illustrative statistical neighbours: what each shares for benchmarking
 * (chosen whole, closed to other councils and to roles that do not edit), the comparison naming the neighbours on the
 * platform and marking the table illustrative, and the pages with the symbols' legend.
 */
@PlatformTest
class BenchmarkingApiIntegrationTest {

	static final String WALSALL = "/api/councils/walsall/benchmarking";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	PlatformApi api;

	@BeforeEach
	void theDemoCouncilsHaveSharedForBenchmarking() throws InterruptedException {
		api = new PlatformApi(port);
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
		while (jdbc.queryForObject("select count(distinct council_slug) from cpp_platform.published_value"
				+ " where partnership_slug = '@benchmarking' and period = '2025-26'", Long.class) < 3) {
			assertThat(Instant.now()).as("the demo councils' figures shared for benchmarking").isBefore(giveUp);
			Thread.sleep(200);
		}
	}

	@Test
	void walsallSeesItsIllustrativeNeighboursWithTheOnesOnThePlatformNamed() {
		JsonNode body = api.get(WALSALL + "?period=2025-26", api.token("walsall-viewer")).json();

		assertThat(body.get("table").get("illustrative").asBoolean()).isTrue();
		assertThat(body.get("neighbours")).hasSize(10);
		List<String> named = new ArrayList<>();
		body.get("neighbours").forEach(n -> {
			if (!n.get("name").isNull()) {
				named.add(n.get("slug").asString());
			}
		});
		assertThat(named).containsExactly("wirral", "southwark");
		JsonNode pep = null;
		for (JsonNode row : body.get("indicators")) {
			if (row.get("indicator").get("code").asString().equals("PEP-TIMESCALE")) {
				pep = row;
			}
		}
		assertThat(pep).as("PEP-TIMESCALE, which the neighbours share").isNotNull();
		assertThat(pep.get("rank").asString()).matches("[123] of 3");
		assertThat(pep.get("neighbours").get(0).get("shown").asString()).as("a neighbour not on the platform")
			.isEqualTo("x");
	}

	@Test
	void whatIsSharedForBenchmarkingIsChosenWholeAndOnlyByTheCouncilsEditors() {
		String officer = api.token("walsall-officer");
		List<String> before = texts(api.get(WALSALL + "/sharing", officer).json());

		var refused = api.put(WALSALL + "/sharing", officer,
				Map.of("indicators", List.of("NO-SUCH", "PEP-TIMESCALE", "WAL-GOOD-GCSES")));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("indicators[0]",
				"indicators[2]");
		assertThat(texts(api.get(WALSALL + "/sharing", officer).json())).isEqualTo(before);
		assertThat(api.put(WALSALL + "/sharing", api.token("walsall-viewer"), Map.of("indicators", List.of())).status())
			.isEqualTo(403);
		String wirral = api.token("wirral-officer");
		assertThat(api.get(WALSALL, wirral).status()).isEqualTo(404);
		assertThat(api.get(WALSALL + "/sharing", wirral).status()).isEqualTo(404);
		assertThat(api.put(WALSALL + "/sharing", wirral, Map.of("indicators", List.of())).status()).isEqualTo(404);
		assertThat(api.get(WALSALL, api.token("platform-admin")).status()).isEqualTo(404);
		assertThat(api.get(WALSALL, api.token("corporate-parenting-peer-network-analyst")).status()).isEqualTo(403);

		var saved = api.put(WALSALL + "/sharing", officer, Map.of("indicators", List.of("PEP-TIMESCALE")));
		assertThat(texts(saved.json())).containsExactly("PEP-TIMESCALE");
		api.put(WALSALL + "/sharing", officer, Map.of("indicators", before));
		assertThat(texts(api.get(WALSALL + "/sharing", officer).json())).isEqualTo(before);
	}

	@Test
	void theComparisonDownloadsAsTheApiGivesItWithTheLegendAndOnlyToTheCouncil() {
		String viewer = api.token("walsall-viewer");
		JsonNode body = api.get(WALSALL + "?period=2025-26", viewer).json();
		JsonNode first = body.get("indicators").get(0);
		String neighbourOne = "Neighbour 1 (" + body.get("neighbours").get(0).get("onsCode").asString() + ")";

		for (String file : List.of("export.xlsx", "export.csv")) {
			byte[] bytes = api.download(WALSALL + "/" + file + "?period=2025-26", viewer);
			List<Spreadsheets.Row> rows = Spreadsheets.read(file, new ByteArrayInputStream(bytes));
			assertThat(rows.getFirst().values()).as(file)
				.containsEntry("Indicator code", first.get("indicator").get("code").asString())
				.containsEntry("Period", "2025-26")
				.containsEntry(body.get("council").asString(), first.get("council").get("shown").asString())
				.containsEntry(neighbourOne, first.get("neighbours").get(0).get("shown").asString())
				.containsEntry("Neighbours' average", first.get("neighbourAverage").asString())
				.containsEntry("England", first.get("england").asString())
				.containsEntry("Rank", first.get("rank").asString())
				.containsEntry("Quartile", first.get("quartile").asString());
			assertThat(rows.stream().filter(row -> !row.values().getOrDefault("Period", "").isEmpty()))
				.as(file + ": a row per indicator").hasSize(body.get("indicators").size());
			assertThat(rows).as(file).anySatisfy(row -> assertThat(row.values().values()).contains("Symbol", "Meaning"));
			assertThat(rows).as(file)
				.anySatisfy(row -> assertThat(String.join(" ", row.values().values())).contains("illustrative"));
		}
		assertThat(api.get(WALSALL + "/export.xlsx", api.token("wirral-officer")).status()).isEqualTo(404);
		assertThat(api.get(WALSALL + "/export.csv", api.token("platform-admin")).status()).isEqualTo(404);
		var page = SignedInPages.signIn(port, "walsall-viewer").get("/councils/walsall/benchmarking", null);
		assertThat(page.body()).contains("/councils/walsall/benchmarking/export.csv?period=",
				"/councils/walsall/benchmarking/export.xlsx?period=");
	}

	@Test
	void thePagesShowTheComparisonTheSymbolsAndTheTable() {
		var page = SignedInPages.signIn(port, "walsall-officer").get("/councils/walsall/benchmarking", null);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Compare with neighbours", "illustrative", "What the symbols mean",
				"Rounds to zero, but is not zero", "Save what is shared for benchmarking");
		var admin = SignedInPages.signIn(port, "platform-admin");
		var table = admin.get("/admin/statistical-neighbours", null);
		assertThat(table.statusCode()).isEqualTo(200);
		assertThat(table.body()).contains("Illustrative: made up for a demonstration", "council_ons_code");
		var refused = admin.upload("/admin/statistical-neighbours", "/admin/statistical-neighbours", "n.csv",
				"council_ons_code,neighbour_1\nE0800003,E08000015\n".getBytes(StandardCharsets.UTF_8));
		assertThat(refused.body()).contains("govuk-error-summary", "Row 2: &#39;E0800003&#39; is not an English");
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(node -> texts.add(node.asString()));
		return texts;
	}
}
