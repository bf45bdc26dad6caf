package org.corporateparenting.platform.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.corporateparenting.CorporateParentingPlatform;
import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.tenancy.registry.CouncilRegistry;
import org.corporateparenting.tenancy.testing.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * A council compared with its statistical neighbours, its region and England, each figure worked out here by hand;
 * the neighbour table loaded by a platform admin, refused whole with every problem, and a stale load refused; and the
 * comparison of a council among 153 costing a few statements. A platform of its own (its own schemas, no demo
 * councils), whose registry and shared figures are written as onboarding and finalised periods would leave them.
 */
@SpringBootTest(classes = CorporateParentingPlatform.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cpp.database.schema-prefix=cppnb_", "cpp.tenants.onboard-at-start=false" })
@ActiveProfiles({ "local", "test" })
class NeighbourComparisonIntegrationTest {

	static final int COUNCILS = 153;

	static final List<String> INDICATORS = List.of("PLACEMENT-STABILITY", "HEALTH-ASSESSMENT", "PEP-TIMESCALE",
			"CL-EET-19-21", "CL-ACCOM-19-21", "STAYING-PUT");

	static final String HOME = "/api/councils/nbhome/benchmarking";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CouncilRegistry registry;

	PlatformApi api;

	@BeforeEach
	void councilsTheirNeighboursAndWhatTheyShared() {
		api = new PlatformApi(port);
		if (registry.find("nbhome").isPresent()) {
			return;
		}
		transactions.executeWithoutResult(status -> {
			council("nbhome", "Home", "E08009943", "North East");
			council("nb-one", "One", "E08009944", "North East");
			council("nb-two", "Two", "E08009945", "North East");
			council("nb-three", "Three", "E08009946", "Yorkshire and the Humber");
			council("nb-four", "Four", "E08009947", "Yorkshire and the Humber");
			council("nb-region", "Region", "E08009948", "North East");
			jdbc.execute("create database if not exists cppnb_council_nbhome");
			shared("PEP-TIMESCALE", "nbhome", 80, "nb-one", 90, "nb-two", 70, "nb-three", 85, "nb-four", 60,
					"nb-region", 50);
			shared("HEALTH-ASSESSMENT", "nbhome", 95, "nb-one", null, "nb-two", 88, "nb-three", 91, "nb-four", 93,
					"nb-region", 99);
			shared("CLA-RATE", "nbhome", 70, "nb-one", 60, "nb-two", 65);
			shared("STAYING-PUT", "nbhome", 23, "nb-one", 12, "nb-two", 7, "nb-three", 31, "nb-four", 0);
			shared("DENTAL-CHECK", "nbhome", 50);
			england("PEP-TIMESCALE", "75.5");
			england("STAYING-PUT", "4");

			for (int i = 0; i < COUNCILS; i++) {
				String slug = "council-%03d".formatted(i);
				council(slug, "Council " + i, "E10%06d".formatted(900000 + i), "London");
				for (String code : INDICATORS) {
					// Every fifth council's figure was a small number, shared suppressed.
					shared(code, slug, i % 5 == 0 ? null : 40 + i % 50);
				}
			}
			jdbc.execute("create database if not exists cppnb_council_0");
			jdbc.update("update cppnb_platform.registry_change set version = version + 1 where id = 1");
		});
		registry.reload();
		StringBuilder table = new StringBuilder("council_ons_code,neighbour_1,neighbour_2,neighbour_3,neighbour_4,"
				+ "neighbour_5,neighbour_6,neighbour_7,neighbour_8,neighbour_9,neighbour_10\n");
		table.append("E08009943,E08009944,E08009949,E08009945,E08009946,E08009947,,,,,\n");
		table.append("E10900000");
		for (int i = 1; i <= 10; i++) {
			table.append(",E10%06d".formatted(900000 + i));
		}
		table.append('\n');
		var loaded = api.upload("/api/admin/statistical-neighbours?version=0&source=Made%20up%20for%20this%20test",
				api.token("platform-admin"), "neighbours.csv", table.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(loaded.status()).as(loaded.body()).isEqualTo(200);
		assertThat(loaded.json().get("councils").asInt()).isEqualTo(2);
	}

	@Test
	void aCouncilIsRankedAmongItsNeighboursWithEveryFigureAsWorkedOutByHand() {
		JsonNode body = api.get(HOME + "?period=2025-26", api.token("nbhome-viewer")).json();

		assertThat(body.get("neighbours").findValuesAsString("onsCode")).containsExactly("E08009944", "E08009949",
				"E08009945", "E08009946", "E08009947");
		assertThat(body.get("neighbours").get(1).get("name").isNull()).as("a neighbour not on the platform").isTrue();
		assertThat(java.util.stream.StreamSupport.stream(body.get("regionCouncils").spliterator(), false)
			.map(JsonNode::asString)
			.toList())
			.containsExactly("Home", "One", "Region", "Two");
		assertThat(body.get("indicators").findValuesAsString("code")).as("only what the neighbours share")
			.containsExactlyInAnyOrder("CLA-RATE", "PEP-TIMESCALE", "HEALTH-ASSESSMENT", "STAYING-PUT");

		// 90, 85, 80, 70, 60: third of five, the second quarter; neighbours (90+70+85+60)/4; region (80+90+70+50)/4.
		JsonNode pep = indicator(body, "PEP-TIMESCALE");
		assertThat(pep.get("council").get("shown").asString()).isEqualTo("80%");
		assertThat(pep.get("neighbours").findValuesAsString("shown")).containsExactly("90%", "x", "70%", "85%", "60%");
		assertThat(pep.get("rank").asString()).isEqualTo("3 of 5");
		assertThat(pep.get("quartile").asString()).isEqualTo("2");
		assertThat(pep.get("neighbourAverage").asString()).isEqualTo("76.3%");
		assertThat(pep.get("region").asString()).isEqualTo("72.5%");
		assertThat(pep.get("regionCouncils").asInt()).isEqualTo(4);
		assertThat(pep.get("england").asString()).isEqualTo("75.5%");

		// One neighbour (in the region too) suppressed: nothing is worked out from the rest.
		JsonNode health = indicator(body, "HEALTH-ASSESSMENT");
		assertThat(health.get("council").get("shown").asString()).isEqualTo("95%");
		assertThat(health.get("neighbours").get(0).get("shown").asString()).isEqualTo("c");
		assertThat(health.get("neighbours").get(0).get("value").isNull()).isTrue();
		assertThat(List.of(health.get("rank").asString(), health.get("quartile").asString(),
				health.get("neighbourAverage").asString(), health.get("region").asString()))
			.containsOnly("c");
		assertThat(health.get("england").asString()).isEqualTo("x");

		// A context indicator has no better or worse: no rank.
		JsonNode rate = indicator(body, "CLA-RATE");
		assertThat(rate.get("rank").asString()).isEqualTo("z");
		assertThat(rate.get("quartile").asString()).isEqualTo("z");
		assertThat(rate.get("neighbourAverage").asString()).isEqualTo("62.5");

		// Counts: 31, 23, 12, 7, 0 ranks it second, in the best quarter; averages over councils to the nearest 10.
		JsonNode stayingPut = indicator(body, "STAYING-PUT");
		assertThat(stayingPut.get("rank").asString()).isEqualTo("2 of 5");
		assertThat(stayingPut.get("quartile").asString()).isEqualTo("1");
		assertThat(stayingPut.get("neighbourAverage").asString()).isEqualTo("10");
		assertThat(stayingPut.get("region").asString()).isEqualTo("10");
		assertThat(stayingPut.get("england").asString()).as("England's 4 rounds to zero").isEqualTo("k");
	}

	@Test
	void theTableIsRefusedWholeWithEveryProblemAndAStaleLoadIsAConflict() {
		String admin = api.token("platform-admin");
		long version = api.get("/api/admin/statistical-neighbours", admin).json().get("version").asLong();
		String bad = "council_ons_code,neighbour_1,neighbour_2,neighbour_3\n" + "E0800003,E08009944,,E08009945\n"
				+ "E08009943,E08009943,E08009944,E08009944\n" + "E08009943,E08009944,,\n" + "E08009946,,,\n";

		var refused = api.upload("/api/admin/statistical-neighbours", admin, "neighbours.csv",
				bad.getBytes(StandardCharsets.UTF_8));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
				"rows[2].council_ons_code", "rows[2].neighbour_3", "rows[3].neighbour_1", "rows[3].neighbour_3",
				"rows[4].council_ons_code", "rows[5].neighbour_1", "version");
		var noColumns = api.upload("/api/admin/statistical-neighbours?version=" + version, admin, "neighbours.csv",
				"council,first\nE08009943,E08009944\n".getBytes(StandardCharsets.UTF_8));
		assertThat(noColumns.status()).isEqualTo(400);
		assertThat(noColumns.json().get("errors").findValuesAsString("field")).containsOnly("file");
		var stale = api.upload("/api/admin/statistical-neighbours?version=" + (version - 1), admin, "neighbours.csv",
				"council_ons_code,neighbour_1\nE08009943,E08009944\n".getBytes(StandardCharsets.UTF_8));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(api.get("/api/admin/statistical-neighbours", admin).json().get("version").asLong()).isEqualTo(version);
		assertThat(jdbc.queryForObject("select count(*) from cppnb_platform.statistical_neighbour"
				+ " where council_ons = 'E08009943'", Long.class)).isEqualTo(5);
		assertThat(new String(api.download("/api/admin/statistical-neighbours/table.csv", admin), StandardCharsets.UTF_8))
			.contains("E08009943,E08009944,E08009949,E08009945,E08009946,E08009947");
	}

	@Test
	void onlyPlatformAdminsLoadTheTableAndNoOneElseSeesACouncilsComparison() {
		String officer = api.token("nbhome-officer");
		assertThat(api.get("/api/admin/statistical-neighbours", officer).status()).isEqualTo(403);
		assertThat(api.upload("/api/admin/statistical-neighbours?version=1", officer, "n.csv",
				"council_ons_code,neighbour_1\n".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
		assertThat(api.get(HOME, officer).status()).isEqualTo(200);
		assertThat(api.get(HOME, api.token("nb-one-officer")).status()).as("another council").isEqualTo(404);
		assertThat(api.get(HOME, api.token("platform-admin")).status()).as("a platform admin").isEqualTo(404);
	}

	@Test
	void comparingACouncilWithItsNeighboursAmong153CostsAFewStatements() {
		String officer = api.token("council-000-officer");
		api.get("/api/councils/council-000/benchmarking", officer);
		String id = "budget-" + UUID.randomUUID();
		StatementCounter.watch(id);

		var comparison = api.withHeader("X-Request-Id", id).get("/api/councils/council-000/benchmarking", officer);

		List<String> sent = StatementCounter.stop(id);
		StatementBudgetsIntegrationTest.report("neighbour comparison among " + COUNCILS + " councils", sent);
		assertThat(comparison.status()).as(comparison.body()).isEqualTo(200);
		JsonNode body = comparison.json();
		assertThat(body.get("neighbours")).hasSize(10);
		assertThat(body.get("regionCouncils")).hasSize(COUNCILS);
		assertThat(body.get("indicators")).hasSize(INDICATORS.size());
		assertThat(sent).as("statements for the comparison").hasSizeLessThanOrEqualTo(10);
	}

	private static JsonNode indicator(JsonNode body, String code) {
		for (JsonNode row : body.get("indicators")) {
			if (row.get("indicator").get("code").asString().equals(code)) {
				return row;
			}
		}
		throw new AssertionError("No " + code);
	}

	private void council(String slug, String name, String ons, String region) {
		jdbc.update("insert into cppnb_platform.council (slug, name, ons_code, region, status, schema_name, shard,"
				+ " created_at, updated_at, version) values (?, ?, ?, ?, 'ACTIVE', ?, 'default', now(6), now(6), 0)",
				slug, name, ons, region, "cppnb_council_" + (slug.startsWith("council-") ? Integer.parseInt(slug.substring(8)) : slug.replace('-', '_')));
	}

	/** What councils shared for benchmarking in 2025-26: council, value pairs; a null value was shared suppressed. */
	private void shared(String code, Object... councilsAndValues) {
		for (int i = 0; i < councilsAndValues.length; i += 2) {
			Object value = councilsAndValues[i + 1];
			jdbc.update("insert into cppnb_platform.published_value (partnership_slug, council_slug, indicator_code,"
					+ " period, period_start, value, suppressed, published_at) values ('@benchmarking', ?, ?, '2025-26',"
					+ " '2025-04-01', ?, ?, now(6))", councilsAndValues[i], code, value, value == null);
		}
	}

	private void england(String code, String value) {
		jdbc.update("insert into cppnb_platform.england_value (indicator_code, period, period_start, value, illustrative,"
				+ " entered_by, entered_at) values (?, '2025-26', '2025-04-01', ?, false, 'test', now(6))", code,
				new java.math.BigDecimal(value));
	}
}
