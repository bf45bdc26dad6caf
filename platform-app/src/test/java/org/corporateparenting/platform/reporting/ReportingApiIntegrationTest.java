package org.corporateparenting.platform.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.web.PdfDocuments;
import org.corporateparenting.web.PrintSample;
import org.corporateparenting.web.testing.AccessibleDocuments;
import org.corporateparenting.strategy.Rag;
import org.corporateparenting.strategy.StrategyProgress;
import org.corporateparenting.tenancy.CouncilContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/**
 * Reporting as councils and partnerships use it through the API: the councils' figures as their documents give
 * them, every endpoint closed to another council, analysts kept to their partnership's published figures, bad input
 * refused whole, small numbers suppressed before they leave a council (published by event, idempotently), the
 * dashboard's read model agreeing with a direct count after a burst of events, and a board pack's PDF.
 */
@PlatformTest
class ReportingApiIntegrationTest {

	static final String WALSALL = "/api/councils/walsall";

	static final String WIRRAL = "/api/councils/wirral";

	static final String PEERS = "/api/partnerships/corporate-parenting-peer-network";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StrategyProgress strategy;

	@Autowired
	org.corporateparenting.reporting.application.DashboardReadModel readModel;

	@Autowired
	List<PrintSample> samples;

	@Autowired
	PdfDocuments pdfs;

	PlatformApi api;

	String walsall;

	String wirral;

	@BeforeEach
	void setUp() throws InterruptedException {
		api = new PlatformApi(port);
		walsall = api.token("walsall-officer");
		wirral = api.token("wirral-officer");
		awaitTrue(() -> api.get(WALSALL + "/indicators/PEP-TIMESCALE/measurements", walsall).json().size() > 2
				&& api.get(WIRRAL + "/indicators/CLA-RATE/measurements", wirral).json().size() > 2
				&& publishedCouncils() == 3, "the starter figures and their publication");
	}

	@Test
	void walsallsFiguresAreThereAsItsReportsGiveThem() {
		Map<String, String> pep = byPeriod(api.get(WALSALL + "/indicators/PEP-TIMESCALE/measurements", walsall).json());
		assertThat(pep).containsEntry("2018-19 Q2", "70%").containsEntry("2019-20 Q2", "92%");
		Map<String, String> gcses = byPeriod(api.get(WALSALL + "/indicators/WAL-GOOD-GCSES/measurements", walsall).json());
		assertThat(gcses).containsEntry("2018-19", "23.5%").containsEntry("2019-20", "27%");
		assertThat(byPeriod(api.get(WALSALL + "/indicators/WAL-APPRENTICESHIPS-CREATED/measurements", walsall).json()))
			.containsValue("20");
		assertThat(byPeriod(api.get(WALSALL + "/indicators/WAL-APPRENTICESHIPS-FILLED/measurements", walsall).json()))
			.containsValue("6");
		JsonNode dashboard = api.get(WALSALL + "/dashboard", walsall).json();
		assertThat(dashboard.get("tiles")).isNotEmpty();
		assertThat(dashboard.get("priorities").findValuesAsString("title")).contains("Safety and Permanency");
		assertThat(api.get(WALSALL + "/dashboard.csv", walsall).body()).contains("Strategy", "Pledges", "Indicators");
		assertThat(api.get(WALSALL + "/indicators/PEP-TIMESCALE/trend.svg", walsall).body()).startsWith("<svg")
			.contains("<title>", "stroke-dasharray");
	}

	/**
	 * The dashboard an instance built is shown again only while nothing it shows has changed: figures recorded or
	 * taken back, and indicators followed or no longer followed, show at once (Southwark's, which no other test
	 * changes).
	 */
	@Test
	void theDashboardShowsEachChangeToTheFiguresAndTheFollowedIndicatorsAtOnce() {
		String southwark = api.token("southwark-officer");
		String base = "/api/councils/southwark";
		assertThat(latestPeriod(api.get(base + "/dashboard", southwark).json(), "CL-IN-TOUCH-19-21"))
			.isNotEqualTo("2030-31");

		assertThat(api.post(base + "/indicators/CL-IN-TOUCH-19-21/measurements", southwark,
				Map.of("period", "2030-31", "value", 91, "target", 90)).status()).isEqualTo(200);
		assertThat(latestPeriod(api.get(base + "/dashboard", southwark).json(), "CL-IN-TOUCH-19-21"))
			.isEqualTo("2030-31");

		assertThat(api.delete(base + "/indicators/CL-IN-TOUCH-19-21/measurements?period=2030-31&version=0", southwark)
			.status()).isEqualTo(204);
		assertThat(latestPeriod(api.get(base + "/dashboard", southwark).json(), "CL-IN-TOUCH-19-21"))
			.isNotEqualTo("2030-31");

		assertThat(api.delete(base + "/indicators/CL-IN-TOUCH-19-21/tracking", southwark).status()).isEqualTo(204);
		assertThat(api.get(base + "/dashboard", southwark).json().get("tiles").findValuesAsString("code"))
			.doesNotContain("CL-IN-TOUCH-19-21");
		assertThat(api.put(base + "/indicators/CL-IN-TOUCH-19-21/tracking", southwark, Map.of()).status())
			.isEqualTo(200);
		assertThat(api.get(base + "/dashboard", southwark).json().get("tiles").findValuesAsString("code"))
			.contains("CL-IN-TOUCH-19-21");
	}

	/**
	 * The list of indicators an instance made is given again, as the same text, only while nothing it shows has
	 * changed: a council's own indicator renamed, an indicator followed under a priority or no longer followed, show
	 * at once. Each change is put back as it was.
	 */
	@Test
	void theIndicatorListShowsEachChangeAtOnceAndIsTheSameAnswerWhileNothingChanged() {
		String list = WALSALL + "/indicators";
		String before = api.get(list, walsall).body();
		assertThat(api.get(list, walsall).body()).isEqualTo(before);
		JsonNode untracked = null;
		for (JsonNode entry : api.get(list, walsall).json()) {
			if (!entry.get("tracked").asBoolean() && entry.get("indicator").get("national").asBoolean()) {
				untracked = entry.get("indicator");
				break;
			}
		}
		assertThat(untracked).as("a national indicator Walsall does not follow").isNotNull();
		String code = untracked.get("code").asString();

		JsonNode gcses = api.get(WALSALL + "/indicators/WAL-GOOD-GCSES", walsall).json();
		String name = gcses.get("name").asString();
		assertThat(api.put(WALSALL + "/indicators/WAL-GOOD-GCSES", walsall, rename(gcses, name + " (renamed)")).status())
			.isEqualTo(200);
		try {
			assertThat(entry(api.get(list, walsall).json(), "WAL-GOOD-GCSES").get("indicator").get("name").asString())
				.isEqualTo(name + " (renamed)");
		}
		finally {
			JsonNode renamed = api.get(WALSALL + "/indicators/WAL-GOOD-GCSES", walsall).json();
			assertThat(api.put(WALSALL + "/indicators/WAL-GOOD-GCSES", walsall, rename(renamed, name)).status())
				.isEqualTo(200);
		}
		assertThat(entry(api.get(list, walsall).json(), "WAL-GOOD-GCSES").get("indicator").get("name").asString())
			.isEqualTo(name);

		assertThat(api.put(WALSALL + "/indicators/" + code + "/tracking", walsall, Map.of("priority", 1)).status())
			.isEqualTo(200);
		JsonNode followed = entry(api.get(list, walsall).json(), code);
		assertThat(followed.get("tracked").asBoolean()).isTrue();
		assertThat(followed.get("priorityNumber").asInt()).isEqualTo(1);
		assertThat(followed.get("priority").asString()).startsWith("1. ");

		assertThat(api.delete(WALSALL + "/indicators/" + code + "/tracking", walsall).status()).isEqualTo(204);
		assertThat(entry(api.get(list, walsall).json(), code).get("tracked").asBoolean()).isFalse();
		// Each council's list is its own, however recently another's was made.
		assertThat(api.get("/api/councils/wirral/indicators", wirral).json().toString()).doesNotContain("WAL-GOOD-GCSES");
	}

	private static Map<String, Object> rename(JsonNode indicator, String name) {
		return Map.of("code", indicator.get("code").asString(), "name", name, "definition",
				indicator.get("definition").asString(), "unit", indicator.get("unit").asString(), "polarity",
				indicator.get("polarity").asString(), "source", indicator.get("source").asString(), "version",
				indicator.get("version").asLong());
	}

	private static JsonNode entry(JsonNode list, String code) {
		for (JsonNode entry : list) {
			if (entry.get("indicator").get("code").asString().equals(code)) {
				return entry;
			}
		}
		throw new AssertionError("No indicator " + code + " in the list");
	}

	private static String latestPeriod(JsonNode dashboard, String code) {
		for (JsonNode tile : dashboard.get("tiles")) {
			if (tile.get("indicator").get("code").asString().equals(code)) {
				return tile.path("latest").path("period").asString();
			}
		}
		throw new AssertionError("No tile for " + code);
	}

	@Test
	void everyEndpointIsClosedToAnotherCouncil() {
		long pack = api.post(WALSALL + "/board-packs", walsall, packRequest("Isolation check")).json().get("id").asLong();
		for (String path : List.of("/indicators", "/indicators/PEP-TIMESCALE", "/indicators/PEP-TIMESCALE/measurements",
				"/indicators/WAL-GOOD-GCSES", "/indicators/PEP-TIMESCALE/trend.svg", "/measurements.csv",
				"/measurements.xlsx", "/dashboard", "/dashboard.csv", "/dashboard.xlsx", "/sharing", "/finalised-periods",
				"/board-packs", "/board-packs/" + pack, "/board-packs/" + pack + "/history",
				"/board-packs/" + pack + "/pdf/progress", "/board-packs/" + pack + "/pdf", "/measurements/1/history")) {
			assertThat(api.get(WALSALL + path, wirral).status()).as("Wirral reading " + path).isEqualTo(404);
		}
		Map<String, Object> figures = Map.of("period", "2020-21", "value", 50);
		assertThat(api.post(WALSALL + "/indicators/PEP-TIMESCALE/measurements", wirral, figures).status()).isEqualTo(404);
		assertThat(api.post(WALSALL + "/indicators", wirral, Map.of("code", "WAL-X")).status()).isEqualTo(404);
		assertThat(api.put(WALSALL + "/indicators/WAL-GOOD-GCSES", wirral, Map.of("name", "x")).status()).isEqualTo(404);
		assertThat(api.put(WALSALL + "/indicators/PEP-TIMESCALE/tracking", wirral, Map.of()).status()).isEqualTo(404);
		assertThat(api.delete(WALSALL + "/indicators/PEP-TIMESCALE/tracking", wirral).status()).isEqualTo(404);
		assertThat(api.delete(WALSALL + "/indicators/PEP-TIMESCALE/measurements?period=2019-20%20Q2", wirral).status())
			.isEqualTo(404);
		assertThat(api.upload(WALSALL + "/measurement-uploads/preview", wirral, "f.csv", "indicator,period\n".getBytes())
			.status()).isEqualTo(404);
		assertThat(api.upload(WALSALL + "/measurement-uploads", wirral, "f.csv", "indicator,period\n".getBytes()).status())
			.isEqualTo(404);
		assertThat(api.put(WALSALL + "/sharing/west-midlands", wirral, Map.of("indicators", List.of())).status())
			.isEqualTo(404);
		assertThat(api.post(WALSALL + "/finalised-periods", wirral, Map.of("period", "2024-25")).status()).isEqualTo(404);
		assertThat(api.post(WALSALL + "/board-packs", wirral, packRequest("x")).status()).isEqualTo(404);
		assertThat(api.put(WALSALL + "/board-packs/" + pack, wirral, packRequest("x")).status()).isEqualTo(404);
		assertThat(api.post(WALSALL + "/board-packs/" + pack + "/pdf", wirral, Map.of()).status()).isEqualTo(404);
		// Another council's partnership does not exist for Wirral either.
		assertThat(api.get("/api/partnerships/west-midlands/comparison", wirral).status()).isEqualTo(404);
		assertThat(api.get("/api/partnerships/west-midlands/comparison", walsall).status()).isEqualTo(200);
		// A partnership Walsall belongs to, but not a council record of Walsall's own.
		assertThat(api.put(WIRRAL + "/sharing/west-midlands", wirral, Map.of("indicators", List.of())).status())
			.isEqualTo(404);
	}

	@Test
	void analystsSeeTheirPartnershipsPublishedFiguresAndNoCouncilsRecords() {
		String analyst = api.token("corporate-parenting-peer-network-analyst");
		assertThat(api.get(WALSALL + "/dashboard", analyst).status()).isEqualTo(403);
		assertThat(api.get(WALSALL + "/indicators/PEP-TIMESCALE/measurements", analyst).status()).isEqualTo(403);
		assertThat(api.get(WIRRAL + "/board-packs", analyst).status()).isEqualTo(403);
		assertThat(api.get("/api/partnerships/west-midlands/comparison", analyst).status()).isEqualTo(404);
		assertThat(api.get("/api/partnerships/no-such-partnership/comparison", analyst).status()).isEqualTo(404);

		JsonNode overview = api.get(PEERS + "/comparison?period=2025-26", analyst).json();
		assertThat(overview.get("councils").findValuesAsString("slug")).containsExactlyInAnyOrder("walsall", "wirral",
				"southwark");
		JsonNode stayingPut = comparison(overview, "STAYING-PUT");
		JsonNode southwark = cellOf(stayingPut, "southwark");
		assertThat(southwark.get("shown").asString()).isEqualTo("c");
		assertThat(southwark.get("value").isNull()).isTrue();
		assertThat(cellOf(comparison(overview, "CLA-RATE"), "walsall").get("band").isNull()).isFalse();
		assertThat(comparison(overview, "CLA-RATE").get("englandShown").asString()).isNotBlank();
		assertThat(overview.get("themes")).isNotEmpty();
		assertThat(api.get(PEERS + "/indicators/PEP-TIMESCALE/trend", analyst).json().get("rows").size())
			.isGreaterThanOrEqualTo(3);
		assertThat(api.get(PEERS + "/comparison.csv?period=2025-26", analyst).body()).contains("STAYING-PUT", "c");
		// Nothing in the platform schema holds a figure that was suppressed.
		assertThat(jdbc.queryForObject("select count(*) from cpp_platform.published_value where suppressed"
				+ " and value is not null", Long.class)).isZero();
	}

	@Test
	void badFiguresAreRefusedWithEveryProblemAndNothingIsWritten() {
		long before = count("measurement", "walsall");
		var bad = api.post(WALSALL + "/indicators/PEP-TIMESCALE/measurements", walsall,
				Map.of("period", "2024-26", "value", 120, "tolerance", 5));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("period", "value",
				"target");
		var huge = api.post(WALSALL + "/indicators/CLA-RATE/measurements", walsall,
				Map.of("period", "2020-21", "value", 70, "target", 60, "tolerance", new java.math.BigDecimal("1e13")));
		assertThat(huge.status()).isEqualTo(400);
		assertThat(huge.json().get("errors").findValuesAsString("field")).containsExactly("tolerance");
		var mismatch = api.post(WALSALL + "/indicators/PEP-TIMESCALE/measurements", walsall,
				Map.of("period", "2020-21", "numerator", 6, "denominator", 4));
		assertThat(mismatch.status()).isEqualTo(400);
		assertThat(mismatch.json().get("errors").findValuesAsString("field")).contains("numerator");
		assertThat(api.post(WALSALL + "/indicators/NO-SUCH/measurements", walsall, Map.of("period", "2020-21", "value", 1))
			.status()).isEqualTo(404);
		assertThat(count("measurement", "walsall")).isEqualTo(before);

		var first = api.post(WALSALL + "/indicators/PEP-TIMESCALE/measurements", walsall,
				Map.of("period", "2020-21 Q1", "numerator", 80, "denominator", 100, "target", 95, "tolerance", 5));
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.json().get("value").asDouble()).isEqualTo(80.0);
		assertThat(first.json().get("rag").asString()).isEqualTo("RED");
		long version = first.json().get("version").asLong();
		var again = api.post(WALSALL + "/indicators/PEP-TIMESCALE/measurements", walsall,
				Map.of("period", "2020-21 Q1", "value", 91, "target", 95, "tolerance", 5));
		assertThat(again.status()).as("a period already entered needs its version").isEqualTo(400);
		var corrected = api.post(WALSALL + "/indicators/PEP-TIMESCALE/measurements", walsall,
				Map.of("period", "2020-21 Q1", "value", 91, "target", 95, "tolerance", 5, "version", version));
		assertThat(corrected.json().get("rag").asString()).isEqualTo("AMBER");
		var stale = api.post(WALSALL + "/indicators/PEP-TIMESCALE/measurements", walsall,
				Map.of("period", "2020-21 Q1", "value", 99, "version", version));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(api.get(WALSALL + "/measurements/" + first.json().get("id").asLong() + "/history", walsall).json()
			.size()).isEqualTo(2);

		String viewer = api.token("walsall-viewer");
		assertThat(api.post(WALSALL + "/indicators/PEP-TIMESCALE/measurements", viewer, Map.of("period", "2020-21"))
			.status()).isEqualTo(403);
	}

	@Test
	void anUploadIsPreviewedWithEveryRowsProblemsAndRecordedWholeOrNotAtAll() {
		String file = "indicator,period,value,numerator,denominator,target,tolerance,note\n"
				+ "CLA-RATE,2019-20,70.5,,,,,\n" + "NO-SUCH,2019-20,1,,,,,\n" + "PEP-TIMESCALE,2019-2,50,,,,,\n"
				+ "STAYING-PUT,2019-20 Q1,2.5,,,,,\n";
		var preview = api.upload(WIRRAL + "/measurement-uploads/preview", wirral, "figures.csv",
				file.getBytes(StandardCharsets.UTF_8));
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.json().get("problems").findValuesAsString("field")).containsExactlyInAnyOrder(
				"rows[3].indicator", "rows[4].period", "rows[5].value");
		long before = count("measurement", "wirral");
		assertThat(api.upload(WIRRAL + "/measurement-uploads", wirral, "figures.csv",
				file.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(400);
		assertThat(count("measurement", "wirral")).isEqualTo(before);

		String good = "indicator,period,value,numerator,denominator,target,tolerance,note\n"
				+ "CLA-RATE,2019-20,70.5,,,,,Uploaded\n" + "STAYING-PUT,2019-20 Q1,12,,,,,\n";
		assertThat(api.upload(WIRRAL + "/measurement-uploads", wirral, "figures.csv",
				good.getBytes(StandardCharsets.UTF_8)).json().get("recorded").asInt()).isEqualTo(2);
		assertThat(count("measurement", "wirral")).isEqualTo(before + 2);
		String exported = new String(api.download(WIRRAL + "/measurements.csv?indicator=CLA-RATE", wirral),
				StandardCharsets.UTF_8);
		assertThat(exported).contains("CLA-RATE,2019-20,70.5");

		// A confirmed preview carries the versions it saw: a change made since is a conflict, and nothing is written.
		long version = version(WIRRAL, wirral, "CLA-RATE", "2019-20");
		String confirmed = "indicator,period,value,numerator,denominator,target,tolerance,note,version\n"
				+ "STAYING-PUT,2019-20 Q2,13,,,,,,\n" + "CLA-RATE,2019-20,71,,,,,," + version + "\n";
		assertThat(api.post(WIRRAL + "/indicators/CLA-RATE/measurements", wirral,
				Map.of("period", "2019-20", "value", 72, "version", version)).status()).isEqualTo(200);
		assertThat(api.upload(WIRRAL + "/measurement-uploads", wirral, "confirmed.csv",
				confirmed.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(409);
		assertThat(byPeriod(api.get(WIRRAL + "/indicators/CLA-RATE/measurements", wirral).json()))
			.containsEntry("2019-20", "72");
		assertThat(byPeriod(api.get(WIRRAL + "/indicators/STAYING-PUT/measurements", wirral).json()))
			.doesNotContainKey("2019-20 Q2");
	}

	@Test
	void smallNumbersLeaveTheCouncilAsCAtEveryBoundaryByAnIdempotentEvent() throws InterruptedException {
		// Southwark shares STAYING-PUT (a count) and CL-EET-19-21 (a percentage) with the peer network.
		String southwark = api.token("southwark-officer");
		String base = "/api/councils/southwark";
		record Case(String period, int count, int numerator, int denominator) {
		}
		List<Case> cases = List.of(new Case("2015-16", 4, 3, 4), new Case("2016-17", 5, 3, 5),
				new Case("2017-18", 0, 0, 5), new Case("2018-19", 1, 4, 4));
		for (Case c : cases) {
			assertThat(api.post(base + "/indicators/STAYING-PUT/measurements", southwark,
					Map.of("period", c.period(), "value", c.count())).status()).isEqualTo(200);
			assertThat(api.post(base + "/indicators/CL-EET-19-21/measurements", southwark,
					Map.of("period", c.period(), "numerator", c.numerator(), "denominator", c.denominator())).status())
				.isEqualTo(200);
			assertThat(api.post(base + "/finalised-periods", southwark, Map.of("period", c.period())).status())
				.isEqualTo(202);
		}
		awaitTrue(() -> published("southwark", "2018-19") == 2, "the publication of 2018-19");
		assertThat(shown("2015-16", "STAYING-PUT")).isEqualTo("c");
		assertThat(shown("2016-17", "STAYING-PUT")).isEqualTo("5.00");
		assertThat(shown("2017-18", "STAYING-PUT")).isEqualTo("0.00");
		assertThat(shown("2018-19", "STAYING-PUT")).isEqualTo("c");
		assertThat(shown("2015-16", "CL-EET-19-21")).isEqualTo("c");
		assertThat(shown("2016-17", "CL-EET-19-21")).isEqualTo("60.00");
		assertThat(shown("2017-18", "CL-EET-19-21")).isEqualTo("0.00");
		assertThat(shown("2018-19", "CL-EET-19-21")).isEqualTo("c");

		// Finalising again (and so the event again) leaves one row per value, with the new figure.
		assertThat(api.post(base + "/indicators/STAYING-PUT/measurements", southwark,
				Map.of("period", "2015-16", "value", 7, "version", version(base, southwark, "STAYING-PUT", "2015-16")))
			.status()).isEqualTo(200);
		api.post(base + "/finalised-periods", southwark, Map.of("period", "2015-16"));
		api.post(base + "/finalised-periods", southwark, Map.of("period", "2015-16"));
		awaitTrue(() -> "7.00".equals(shown("2015-16", "STAYING-PUT")), "the republication of 2015-16");
		awaitTrue(() -> incomplete("southwark", "PeriodFinalised") == 0, "every publication to complete");
		assertThat(published("southwark", "2015-16")).isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from cpp_council_southwark.event_publication where event_type"
				+ " like '%PeriodFinalised' and completion_date is not null and serialized_event like '%2015-16%'",
				Long.class)).isGreaterThanOrEqualTo(3);

		var notEnded = api.post(base + "/finalised-periods", southwark,
				Map.of("period", org.corporateparenting.reporting.Period.quarterOf(LocalDate.now()).toString()));
		assertThat(notEnded.status()).isEqualTo(400);
		assertThat(notEnded.json().get("errors").findValuesAsString("field")).containsExactly("period");
	}

	@Test
	void theDashboardAfterABurstOfWritesIsTheOneARebuildFromScratchGives() throws InterruptedException {
		List<Long> actions = CouncilContext.callIn("wirral", () -> strategy.current(LocalDate.now())
			.orElseThrow()
			.priorities()
			.stream()
			.flatMap(priority -> priority.actions().stream())
			.filter(action -> !action.status().isClosed())
			.map(StrategyProgress.ActionLine::id)
			.toList());
		assertThat(actions).hasSizeGreaterThan(3);
		String[] statuses = { "ON_TRACK", "AT_RISK", "OFF_TRACK", "COMPLETE" };
		List<Thread> burst = new java.util.ArrayList<>();
		for (int i = 0; i < actions.size(); i++) {
			long id = actions.get(i);
			String status = statuses[i % statuses.length];
			int percent = status.equals("COMPLETE") ? 100 : 40;
			burst.add(Thread.startVirtualThread(() -> assertThat(api.post(WIRRAL + "/actions/" + id + "/progress",
					wirral, Map.of("date", LocalDate.now().toString(), "narrative", "Burst " + status, "status", status,
							"percentComplete", percent)).status()).isEqualTo(201)));
		}
		for (Thread thread : burst) {
			thread.join();
		}

		// Read as soon as the writes have answered: the read model changed in their own transactions.
		JsonNode afterWrites = api.get(WIRRAL + "/dashboard", wirral).json();
		Map<String, Integer> direct = CouncilContext.callIn("wirral", () -> {
			Map<String, Integer> counts = new HashMap<>();
			strategy.current(LocalDate.now()).orElseThrow().priorities().forEach(priority -> priority.actions()
				.stream()
				.filter(a -> !a.status().name().equals("CARRIED_FORWARD") && !a.status().name().equals("DROPPED"))
				.forEach(a -> {
					counts.merge("actions", 1, Integer::sum);
					counts.merge(a.rag() == null ? "notRated" : a.rag().name().toLowerCase(), 1, Integer::sum);
					counts.merge(a.status().name().equals("COMPLETE") ? "complete" : "other", 1, Integer::sum);
				}));
			return counts;
		});
		JsonNode totals = afterWrites.get("totals");
		assertThat(totals.get("actions").asInt()).isEqualTo(direct.get("actions"));
		assertThat(totals.get("green").asInt()).isEqualTo(direct.getOrDefault(Rag.GREEN.name().toLowerCase(), 0));
		assertThat(totals.get("amber").asInt()).isEqualTo(direct.getOrDefault("amber", 0));
		assertThat(totals.get("red").asInt()).isEqualTo(direct.getOrDefault("red", 0));
		assertThat(totals.get("complete").asInt()).isEqualTo(direct.getOrDefault("complete", 0));

		// The nightly rebuild, which counts every section from scratch, gives the same dashboard and a new time.
		CouncilContext.runIn("wirral", readModel::refreshAll);
		JsonNode rebuilt = api.get(WIRRAL + "/dashboard", wirral).json();
		assertThat(rebuilt.get("refreshedAt").asString()).isGreaterThan(afterWrites.get("refreshedAt").asString());
		((tools.jackson.databind.node.ObjectNode) rebuilt).remove("refreshedAt");
		((tools.jackson.databind.node.ObjectNode) afterWrites).remove("refreshedAt");
		assertThat(afterWrites).isEqualTo(rebuilt);
	}

	@Test
	void aBoardPackIsDraftedAndItsPdfGeneratedInTheBackgroundWithTheTemplatesHeadingsAndRagTables()
			throws Exception {
		var created = api.post(WALSALL + "/board-packs", walsall, packRequest("Corporate parenting performance report"));
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		var bad = api.post(WALSALL + "/board-packs", walsall, Map.of("period", "2026-28"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("title",
				"meetingBody", "period", "meetingDate");
		Map<String, Object> draft = new HashMap<>(packRequest("Corporate parenting performance report"));
		draft.put("executiveSummary", "The board is asked to note progress against the strategy's five priorities.");
		draft.put("version", created.json().get("version").asLong());
		assertThat(api.put(WALSALL + "/board-packs/" + id, walsall, draft).status()).isEqualTo(200);
		assertThat(api.put(WALSALL + "/board-packs/" + id, walsall, draft).status()).isEqualTo(409);

		var started = api.post(WALSALL + "/board-packs/" + id + "/pdf", walsall, Map.of());
		assertThat(started.status()).isEqualTo(202);
		assertThat(started.headers().getLocation()).hasToString(WALSALL + "/board-packs/" + id + "/pdf/progress");
		awaitTrue(() -> api.get(WALSALL + "/board-packs/" + id + "/pdf/progress", walsall).json().get("status")
			.asString()
			.matches("READY|FAILED"), "the PDF");
		assertThat(api.get(WALSALL + "/board-packs/" + id + "/pdf/progress", walsall).json().get("status").asString())
			.isEqualTo("READY");
		byte[] pdf = api.download(WALSALL + "/board-packs/" + id + "/pdf", walsall);
		assertThat(AccessibleDocuments.pdfUaFailures(pdf)).isEmpty();
		var document = AccessibleDocuments.describe(pdf);
		assertThat(document.title()).isEqualTo("Corporate parenting performance report");
		assertThat(document.language()).isEqualTo("en");
		assertThat(document.fonts()).contains("DejaVuSans").doesNotContain("not embedded");
		String text = document.text();
		assertThat(text).contains("Walsall", "Corporate parenting performance report", "Executive summary",
				"Progress by priority", "Pledges and work streams", "Alliance", "Voice of the child",
				"Performance indicators", "Appendix", "Safety and Permanency", "Green", "Red",
				"The board is asked to note progress");
		// Sections of the report template left empty are left out, not printed as "None".
		assertThat(text).doesNotContain("None", "Reason for bringing", "Citizen impact");
		assertThat(new String(pdf, 0, Math.min(pdf.length, 2_000_000), StandardCharsets.ISO_8859_1)).contains("%PDF");
		String board = api.token("walsall-board-member");
		assertThat(api.post(WALSALL + "/board-packs/" + id + "/pdf", board, Map.of()).status()).isEqualTo(202);
		assertThat(api.post(WALSALL + "/board-packs/" + id + "/pdf", api.token("walsall-viewer"), Map.of()).status())
			.isEqualTo(403);
		new ByteArrayInputStream(pdf).close();
	}

	@Test
	void theSampleBoardPackWrittenAtStartFillsEverySectionAsARealPackWouldWithNoCouncilsRecords() throws Exception {
		PrintSample sample = samples.stream()
			.filter(each -> each.template().equals("reporting/board-pack-document"))
			.findFirst()
			.orElseThrow();
		assertThat(CouncilContext.current()).isEmpty();

		byte[] pdf = pdfs.pdf(sample.template(), sample.model());

		assertThat(AccessibleDocuments.pdfUaFailures(pdf)).isEmpty();
		String text = AccessibleDocuments.describe(pdf).text();
		assertThat(text).contains("Sample Council", "Executive summary", "Progress by priority", "Health and wellbeing",
				"Voice and influence", "Pledges and work streams", "A drop-in session each month", "Alliance",
				"Voice of the child", "Every young person is told by letter", "Performance indicators",
				"Sample indicator 1", "Sample indicator 2", "Appendix", "Green", "Amber", "Red");
		assertThat(text).doesNotContain("Walsall", "Wirral", "Southwark");
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).as("every section on its pages").isGreaterThan(5);
		}
	}

	private static Map<String, Object> packRequest(String title) {
		return Map.of("title", title, "period", "2025-26 Q4", "meetingBody", "Corporate Parenting Board",
				"meetingDate", "2026-06-15");
	}

	private JsonNode comparison(JsonNode overview, String code) {
		for (JsonNode comparison : overview.get("comparisons")) {
			if (comparison.get("indicator").get("code").asString().equals(code)) {
				return comparison;
			}
		}
		throw new AssertionError("No comparison of " + code);
	}

	private static JsonNode cellOf(JsonNode comparison, String council) {
		for (JsonNode cell : comparison.get("cells")) {
			if (cell.get("council").get("slug").asString().equals(council)) {
				return cell;
			}
		}
		throw new AssertionError("No cell for " + council);
	}

	private static Map<String, String> byPeriod(JsonNode measurements) {
		Map<String, String> values = new HashMap<>();
		measurements.forEach(m -> values.put(m.get("period").asString(), m.get("shown").asString()));
		return values;
	}

	private long version(String base, String token, String code, String period) {
		for (JsonNode m : api.get(base + "/indicators/" + code + "/measurements", token).json()) {
			if (m.get("period").asString().equals(period)) {
				return m.get("version").asLong();
			}
		}
		throw new AssertionError("No " + code + " " + period);
	}

	private String shown(String period, String code) {
		List<Map<String, Object>> rows = jdbc.queryForList("select value, suppressed from cpp_platform.published_value"
				+ " where council_slug = 'southwark' and partnership_slug = 'corporate-parenting-peer-network'"
				+ " and period = ? and indicator_code = ?", period, code);
		assertThat(rows).hasSize(1);
		return Boolean.TRUE.equals(rows.get(0).get("suppressed")) || Integer.valueOf(1).equals(rows.get(0).get("suppressed"))
				? "c" : String.valueOf(rows.get(0).get("value"));
	}

	private long published(String council, String period) {
		return jdbc.queryForObject("select count(*) from cpp_platform.published_value where council_slug = ?"
				+ " and partnership_slug = 'corporate-parenting-peer-network' and period = ?", Long.class, council,
				period);
	}

	/** How many of the three demo councils have published 2025-26 (other tests' councils may have too). */
	private long publishedCouncils() {
		return jdbc.queryForObject("select count(distinct council_slug) from cpp_platform.published_value"
				+ " where period = '2025-26' and council_slug in ('walsall', 'wirral', 'southwark')", Long.class);
	}

	private long incomplete(String council, String event) {
		return jdbc.queryForObject("select count(*) from cpp_council_" + council + ".event_publication where event_type"
				+ " like ? and completion_date is null", Long.class, "%" + event + "%");
	}

	private long count(String table, String council) {
		return jdbc.queryForObject("select count(*) from cpp_council_" + council + "." + table, Long.class);
	}

	private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(giveUp)) {
				throw new AssertionError("Gave up waiting for " + what);
			}
			Thread.sleep(200);
		}
	}
}
