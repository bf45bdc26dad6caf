package org.corporateparenting.platform.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.web.testing.AccessibleDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The evidence for inspection as scripts use it, with the demo councils' evidence as their files link it: the board,
 * links made and changed (every field's problem, stale versions, history), the self-evaluation's versions and its PDF
 * held to PDF/UA-1; viewers read, partners and other councils are refused.
 */
@PlatformTest
class InspectionApiIntegrationTest {

	static final String WIRRAL = "/api/councils/wirral/inspection";

	@LocalServerPort
	int port;

	PlatformApi api;

	String officer;

	@BeforeEach
	void setUp() {
		api = new PlatformApi(port);
		officer = api.token("wirral-officer");
	}

	@Test
	void theBoardShowsEachAreasEvidenceWithItsStatusAndFlagsAnAreaWithNone() {
		JsonNode walsall = api.get("/api/councils/walsall/inspection/evidence", api.token("walsall-viewer")).json();
		assertThat(walsall.valueStream().map(area -> area.get("area").asString()))
			.containsExactly("CHILDREN_IN_CARE", "CARE_LEAVERS", "LEADERS_IMPACT");
		assertThat(walsall.valueStream().map(area -> area.get("noEvidence").asBoolean())).containsOnly(false);
		JsonNode careLeavers = walsall.get(1).get("items");
		assertThat(careLeavers.findValuesAsString("title")).contains("Council Tax exemption");
		assertThat(careLeavers.findValuesAsString("status")).anyMatch(status -> status.startsWith("Published"));

		JsonNode southwark = api.get("/api/councils/southwark/inspection/evidence", api.token("southwark-viewer"))
			.json();
		assertThat(southwark.get(2).get("area").asString()).isEqualTo("LEADERS_IMPACT");
		assertThat(southwark.get(2).get("noEvidence").asBoolean()).isTrue();
	}

	@Test
	void aLinkIsCheckedChangedFromTheVersionReadAndRemovedWithItsHistory() {
		var bad = api.post(WIRRAL + "/evidence-links", officer, Map.of("reference", " ", "note", "x".repeat(2001)));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.headers().getContentType().toString()).startsWith("application/problem+json");
		assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("area", "kind",
				"reference", "note");
		var unknown = api.post(WIRRAL + "/evidence-links", officer,
				Map.of("area", "CARE_LEAVERS", "kind", "INDICATOR", "reference", "NO-SUCH-CODE"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("errors").findValuesAsString("field")).containsExactly("reference");
		assertThat(api.get(WIRRAL + "/evidence", officer).json().get(1).get("items").findValuesAsString("reference"))
			.doesNotContain("NO-SUCH-CODE");

		var created = api.post(WIRRAL + "/evidence-links", officer,
				Map.of("area", "CHILDREN_IN_CARE", "kind", "INDICATOR", "reference", "DENTAL-CHECK", "note", "Teeth"));
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("linkId").asLong();
		assertThat(created.json().get("title").asString()).isNotBlank();
		assertThat(api.post(WIRRAL + "/evidence-links", officer,
				Map.of("area", "CHILDREN_IN_CARE", "kind", "INDICATOR", "reference", "DENTAL-CHECK")).status())
			.as("already evidence for the area").isEqualTo(400);

		Map<String, Object> move = new HashMap<>(Map.of("area", "CARE_LEAVERS", "kind", "INDICATOR", "reference",
				"DENTAL-CHECK", "note", "Dental checks", "version", created.json().get("version").asLong()));
		var moved = api.put(WIRRAL + "/evidence-links/" + id, officer, move);
		assertThat(moved.status()).isEqualTo(200);
		assertThat(moved.json().get("area").asString()).isEqualTo("CARE_LEAVERS");
		assertThat(api.put(WIRRAL + "/evidence-links/" + id, officer, move).status()).isEqualTo(409);
		assertThat(api.get(WIRRAL + "/evidence-links/" + id + "/history", officer).json().findValuesAsString("author"))
			.contains("wirral-officer");
		assertThat(api.delete(WIRRAL + "/evidence-links/" + id + "?version=0", officer).status()).isEqualTo(409);
		assertThat(api.delete(WIRRAL + "/evidence-links/" + id + "?version=" + moved.json().get("version").asLong(),
				officer).status()).isEqualTo(204);
		assertThat(api.get(WIRRAL + "/evidence-links/" + id, officer).status()).isEqualTo(404);
	}

	@Test
	void aSelfEvaluationIsWrittenSavedFrozenAndSupersededAndReadsAsAnAccessiblePdf() throws Exception {
		var bad = api.post(WIRRAL + "/self-evaluations", officer, Map.of("year", 1800));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactly("year");
		var started = api.post(WIRRAL + "/self-evaluations", officer, Map.of("year", 2026));
		assertThat(started.status()).isEqualTo(201);
		long id = started.json().get("id").asLong();
		assertThat(started.json().get("areas")).hasSize(3);
		assertThat(api.post(WIRRAL + "/self-evaluations", officer, Map.of("year", 2026)).status()).isEqualTo(409);

		var badNarrative = api.put(WIRRAL + "/self-evaluations/" + id, officer,
				Map.of("careLeaversQuality", "x".repeat(10001)));
		assertThat(badNarrative.status()).isEqualTo(400);
		assertThat(badNarrative.json().get("errors").findValuesAsString("field"))
			.containsExactlyInAnyOrder("careLeaversQuality", "version");
		Map<String, Object> narrative = new HashMap<>(Map.of("careLeaversQuality",
				"Most care leavers have an up-to-date pathway plan.", "careLeaversImproving",
				"The Care Leavers Hub teaches life skills.", "version", started.json().get("version").asLong()));
		var written = api.put(WIRRAL + "/self-evaluations/" + id, officer, narrative);
		assertThat(written.status()).isEqualTo(200);
		assertThat(written.json().get("areas").get(1).get("quality").asString()).startsWith("Most care leavers");
		assertThat(api.put(WIRRAL + "/self-evaluations/" + id, officer, narrative).status()).isEqualTo(409);

		assertThat(api.post(WIRRAL + "/self-evaluations/" + id + "/saving", officer, Map.of("version", 0)).status())
			.isEqualTo(409);
		var saved = api.post(WIRRAL + "/self-evaluations/" + id + "/saving", officer,
				Map.of("version", written.json().get("version").asLong()));
		assertThat(saved.json().get("status").asString()).isEqualTo("SAVED");
		assertThat(saved.json().get("evidenceAsSaved").asBoolean()).isTrue();
		narrative.put("version", saved.json().get("version").asLong());
		assertThat(api.put(WIRRAL + "/self-evaluations/" + id, officer, narrative).status())
			.as("a saved version is frozen").isEqualTo(409);

		byte[] pdf = api.download(WIRRAL + "/self-evaluations/" + id + "/export.pdf", api.token("wirral-viewer"));
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("Self-evaluation 2026, version 1", "The experiences and progress of care leavers",
					"Most care leavers have an up-to-date pathway plan.", "Care Leavers Hub");
		}
		assertThat(AccessibleDocuments.pdfUaFailures(pdf)).as("PDF/UA-1, as veraPDF checks it").isEmpty();

		var next = api.post(WIRRAL + "/self-evaluations/" + id + "/next-version", officer, null);
		assertThat(next.status()).isEqualTo(201);
		assertThat(next.json().get("edition").asInt()).isEqualTo(2);
		assertThat(next.json().get("areas").get(1).get("quality").asString()).startsWith("Most care leavers");
		assertThat(api.post(WIRRAL + "/self-evaluations/" + id + "/next-version", officer, null).status())
			.isEqualTo(409);
		long nextId = next.json().get("id").asLong();
		api.post(WIRRAL + "/self-evaluations/" + nextId + "/saving", officer,
				Map.of("version", next.json().get("version").asLong()));
		assertThat(api.get(WIRRAL + "/self-evaluations/" + id, officer).json().get("status").asString())
			.isEqualTo("SUPERSEDED");
		assertThat(api.get(WIRRAL + "/self-evaluations/" + id + "/history", officer).json()).hasSizeGreaterThan(2);
	}

	@Test
	void viewersReadOnlyAndPartnersAndOtherCouncilsAreRefused() {
		String viewer = api.token("wirral-viewer");
		String partner = api.token("wirral-partner");
		String walsall = api.token("walsall-officer");
		long link = api.get(WIRRAL + "/evidence", viewer).json().get(0).get("items").get(0).get("linkId").asLong();
		var started = api.post(WIRRAL + "/self-evaluations", officer, Map.of("year", 2024));
		long selfEvaluation = started.json().get("id").asLong();
		Map<String, Object> newLink = Map.of("area", "CARE_LEAVERS", "kind", "INDICATOR", "reference", "SDQ-SCORE");

		List<String> reads = List.of("/evidence", "/evidence-links/" + link, "/evidence-links/" + link + "/history",
				"/self-evaluations", "/self-evaluations/" + selfEvaluation,
				"/self-evaluations/" + selfEvaluation + "/history", "/self-evaluations/" + selfEvaluation + "/export.pdf");
		for (String path : reads) {
			assertThat(api.get(WIRRAL + path, viewer).status()).as(path).isEqualTo(200);
			assertThat(api.get(WIRRAL + path, partner).status()).as("a partner, " + path).isEqualTo(403);
			assertThat(api.get(WIRRAL + path, walsall).status()).as("another council, " + path).isEqualTo(404);
		}
		for (String token : List.of(viewer, partner, walsall)) {
			int refused = token.equals(walsall) ? 404 : 403;
			assertThat(api.post(WIRRAL + "/evidence-links", token, newLink).status()).isEqualTo(refused);
			assertThat(api.put(WIRRAL + "/evidence-links/" + link, token, newLink).status()).isEqualTo(refused);
			assertThat(api.delete(WIRRAL + "/evidence-links/" + link + "?version=0", token).status()).isEqualTo(refused);
			assertThat(api.post(WIRRAL + "/self-evaluations", token, Map.of("year", 2023)).status()).isEqualTo(refused);
			assertThat(api.put(WIRRAL + "/self-evaluations/" + selfEvaluation, token, Map.of("version", 0)).status())
				.isEqualTo(refused);
			assertThat(api.post(WIRRAL + "/self-evaluations/" + selfEvaluation + "/saving", token, Map.of("version", 0))
				.status()).isEqualTo(refused);
			assertThat(api.post(WIRRAL + "/self-evaluations/" + selfEvaluation + "/next-version", token, null)
				.status()).isEqualTo(refused);
		}
		assertThat(api.get(WIRRAL + "/evidence-links/" + link, officer).status()).as("left as it was").isEqualTo(200);
	}
}
