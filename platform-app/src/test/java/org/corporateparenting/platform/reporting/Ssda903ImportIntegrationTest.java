package org.corporateparenting.platform.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.platform.SignedInPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/**
 * A Walsall officer gives a made-up SSDA903 extract for 2014-15 (a year no other test records): a broken one is
 * refused with every problem by table, row and column and records nothing; a good one is previewed and recorded as
 * the year's figures, and no child's identifier is kept anywhere. Other councils see no such address; viewers may
 * not use it.
 */
@PlatformTest
class Ssda903ImportIntegrationTest {

	static final String WALSALL = "/api/councils/walsall/ssda903";

	static final String HEADER = "CHILD,SEX,DOB\nZQ1001,1,01/06/2003\nZQ1002,2,15/01/2001\nZQ1003,1,10/10/2008\n";

	static final String EPISODES = "CHILD,DECOM,RNE,DEC,REC\n" + "ZQ1001,01/01/2010,S,,\n"
			+ "ZQ1002,01/09/2011,S,01/05/2014,X1\n" + "ZQ1002,01/05/2014,P,01/09/2014,X1\n"
			+ "ZQ1002,01/09/2014,P,,\n" + "ZQ1003,01/03/2010,S,01/05/2014,E17\n";

	static final String OC2 = "CHILD,DOB,SDQ_SCORE,IMMUNISATIONS,TEETH_CHECK,HEALTH_CHECK\n"
			+ "ZQ1001,01/06/2003,12,1,1,1\n" + "ZQ1002,15/01/2001,,1,0,1\n";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	PlatformApi api;

	String officer;

	@BeforeEach
	void setUp() {
		api = new PlatformApi(port);
		officer = api.token("walsall-officer");
	}

	@Test
	void aBrokenExtractIsRefusedWithEveryProblemAndRecordsNothing() {
		long before = recorded2014();

		var refused = api.uploadParts(WALSALL + "?period=2014-15", officer, files(HEADER.replace("01/06/2003",
				"2003-06-01"), EPISODES.replace(",P,01/09/2014", ",Q,01/09/2014"), null));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("header[2].DOB",
				"episodes[4].RNE");
		var noEpisodes = api.uploadParts(WALSALL + "/preview?period=2014", officer, files(HEADER, null, null));
		assertThat(noEpisodes.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("period",
				"episodes");
		assertThat(recorded2014()).isEqualTo(before);
	}

	@Test
	void aGoodExtractIsPreviewedThenRecordedAsTheYearsFiguresAndNoChildIsKept() {
		var preview = api.uploadParts(WALSALL + "/preview?period=2014-15", officer, files(HEADER, EPISODES, OC2));
		assertThat(preview.status()).as(preview.body()).isEqualTo(200);
		Map<String, String> shown = new LinkedHashMap<>();
		for (JsonNode row : preview.json().get("rows")) {
			shown.put(row.get("indicator").get("code").asString(), row.get("value").asString());
		}
		// Looked after on 31 March 2015: ZQ1001 and ZQ1002, who had three placements (1 April, May, September).
		assertThat(shown).containsEntry("PLACEMENTS-3PLUS", "50%").containsEntry("HEALTH-ASSESSMENT", "100%")
			.containsEntry("DENTAL-CHECK", "50%").containsEntry("STAYING-PUT", "1");

		var recorded = api.uploadParts(WALSALL + "?period=2014-15", officer, files(HEADER, EPISODES, OC2));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
		assertThat(recorded.json().get("recorded").asInt()).isEqualTo(shown.size());
		JsonNode measurements = api.get("/api/councils/walsall/indicators/PLACEMENTS-3PLUS/measurements", officer).json();
		boolean found = false;
		for (JsonNode m : measurements) {
			if (m.get("period").asString().equals("2014-15")) {
				found = true;
				assertThat(m.get("numerator").asInt()).isEqualTo(1);
				assertThat(m.get("denominator").asInt()).isEqualTo(2);
			}
		}
		assertThat(found).isTrue();
		assertThat(jdbc.queryForObject("select count(*) from cpp_council_walsall.measurement where note like '%ZQ100%'",
				Long.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from cpp_council_walsall.measurement_aud where note like '%ZQ100%'",
				Long.class)).isZero();
	}

	@Test
	void onlyTheCouncilsEditorsUseIt() {
		assertThat(api.uploadParts(WALSALL + "/preview?period=2014-15", api.token("wirral-officer"),
				files(HEADER, EPISODES, null)).status()).isEqualTo(404);
		assertThat(api.uploadParts(WALSALL + "/preview?period=2014-15", api.token("walsall-viewer"),
				files(HEADER, EPISODES, null)).status()).isEqualTo(403);
		assertThat(api.uploadParts(WALSALL + "?period=2014-15", api.token("platform-admin"),
				files(HEADER, EPISODES, null)).status()).isEqualTo(404);
		var page = SignedInPages.signIn(port, "walsall-officer").get("/councils/walsall/indicators/ssda903", null);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Figures from the SSDA903 return", "never kept");
	}

	private long recorded2014() {
		return jdbc.queryForObject("select count(*) from cpp_council_walsall.measurement where period = '2014-15'",
				Long.class);
	}

	private static Map<String, Map.Entry<String, byte[]>> files(String header, String episodes, String oc2) {
		Map<String, Map.Entry<String, byte[]>> files = new LinkedHashMap<>();
		if (header != null) {
			files.put("header", Map.entry("header.csv", header.getBytes(StandardCharsets.UTF_8)));
		}
		if (episodes != null) {
			files.put("episodes", Map.entry("episodes.csv", episodes.getBytes(StandardCharsets.UTF_8)));
		}
		if (oc2 != null) {
			files.put("oc2", Map.entry("oc2.csv", oc2.getBytes(StandardCharsets.UTF_8)));
		}
		return files;
	}
}
