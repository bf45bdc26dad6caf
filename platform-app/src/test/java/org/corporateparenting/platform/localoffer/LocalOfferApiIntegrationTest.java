package org.corporateparenting.platform.localoffer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.platform.SignedInPages;
import org.corporateparenting.web.testing.AccessibleDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The local offer's API as scripts use it, with the demo councils' offers as their documents give them, and its
 * public page, printable page and PDF for care leavers.
 */
@PlatformTest
class LocalOfferApiIntegrationTest {

	static final String WIRRAL = "/api/councils/wirral";

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
	void walsallsPublishedOfferIsFlaggedAndItsCheckerListsWhatIsMissing() {
		String walsall = api.token("walsall-viewer");
		JsonNode offer = api.get("/api/councils/walsall/local-offers", walsall).json().get("content").get(0);
		assertThat(offer.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(offer.get("publishedWithoutConsultation").asBoolean()).isTrue();
		assertThat(offer.get("reviewOverdue").asBoolean()).as("its review was due on 30 September 2025").isTrue();
		assertThat(offer.get("areasNotCovered").valueStream().map(JsonNode::asString))
			.contains("HOMELESSNESS_PREVENTION")
			.doesNotContain("ACCOMMODATION");
		JsonNode coverage = api.get("/api/councils/walsall/local-offers/" + offer.get("id").asLong() + "/coverage",
				walsall).json();
		assertThat(coverage.get("areas")).hasSize(10);
		assertThat(coverage.get("missing").valueStream().map(JsonNode::asString)).contains("HOMELESSNESS_PREVENTION");
	}

	@Test
	void aDraftIsWrittenCheckedVersionedPublishedAndReplacedByItsNextVersion() {
		var bad = api.post(WIRRAL + "/local-offers", officer, Map.of("title", "", "contactEmail", "nobody",
				"consultationId", 999_999));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("title",
				"contactEmail", "consultationId");

		long consultation = api.get(WIRRAL + "/consultations", officer).json().get("content").get(0).get("id").asLong();
		JsonNode created = api.post(WIRRAL + "/local-offers", officer, Map.of("title", "Our offer to you",
				"consultationId", consultation, "reviewDue", LocalDate.now().plusYears(1).toString(), "contactEmail",
				"leaving.care@wirral.example")).json();
		long id = created.get("id").asLong();
		assertThat(created.get("consultation").get("id").asLong()).isEqualTo(consultation);

		var badSection = api.post(WIRRAL + "/local-offers/" + id + "/sections", officer, Map.of("title", ""));
		assertThat(badSection.status()).isEqualTo(400);
		assertThat(badSection.json().get("errors").findValuesAsString("field"))
			.containsExactlyInAnyOrder("area", "title", "whatYouCanGet", "entitlement");
		JsonNode section = api.post(WIRRAL + "/local-offers/" + id + "/sections", officer, section("Council tax"))
			.json();
		Map<String, Object> rename = new HashMap<>(section("Council tax exemption"));
		rename.put("version", section.get("version").asLong());
		long sectionId = section.get("id").asLong();
		assertThat(api.put(WIRRAL + "/offer-sections/" + sectionId, officer, rename).status()).isEqualTo(200);
		assertThat(api.put(WIRRAL + "/offer-sections/" + sectionId, officer, rename).status()).isEqualTo(409);

		Map<String, Object> retitle = new HashMap<>(Map.of("title", "Our Local Offer", "consultationId", consultation,
				"reviewDue", LocalDate.now().plusYears(1).toString(), "version", created.get("version").asLong()));
		assertThat(api.put(WIRRAL + "/local-offers/" + id, officer, retitle).status()).isEqualTo(200);
		assertThat(api.put(WIRRAL + "/local-offers/" + id, officer, retitle).status()).isEqualTo(409);

		assertThat(api.post(WIRRAL + "/local-offers/" + id + "/transitions", officer, Map.of("to", "CONSULTED"))
			.json().get("status").asString()).isEqualTo("CONSULTED");
		JsonNode published = api.post(WIRRAL + "/local-offers/" + id + "/transitions", officer,
				Map.of("to", "PUBLISHED")).json();
		assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(published.get("publishedOn").asString()).isEqualTo(LocalDate.now().toString());
		assertThat(api.post(WIRRAL + "/local-offers/" + id + "/sections", officer, section("More")).status())
			.as("a published offer changes only by a new version").isEqualTo(409);
		assertThat(api.post(WIRRAL + "/local-offers/" + id + "/transitions", officer, Map.of("to", "DRAFT")).status())
			.isEqualTo(409);
		assertThat(api.get("/young-people/wirral/local-offer", null).body()).contains("Council tax exemption");

		var next = api.post(WIRRAL + "/local-offers/" + id + "/next-version", officer, null);
		assertThat(next.status()).isEqualTo(201);
		long nextId = next.json().get("id").asLong();
		assertThat(next.json().get("edition").asInt()).isEqualTo(2);
		assertThat(next.json().get("sections")).hasSize(1);
		JsonNode nextSection = next.json().get("sections").get(0);
		Map<String, Object> reword = new HashMap<>(section("Council tax exemption to 25"));
		reword.put("version", nextSection.get("version").asLong());
		assertThat(api.put(WIRRAL + "/offer-sections/" + nextSection.get("id").asLong(), officer, reword).status())
			.isEqualTo(200);
		assertThat(api.get("/young-people/wirral/local-offer", null).body())
			.as("young people see the published version while the next is written")
			.doesNotContain("Council tax exemption to 25");
		JsonNode republished = api.post(WIRRAL + "/local-offers/" + nextId + "/transitions", officer,
				Map.of("to", "PUBLISHED", "reviewDue", LocalDate.now().plusYears(2).toString())).json();
		assertThat(republished.get("publishedWithoutConsultation").asBoolean()).isTrue();
		assertThat(api.get(WIRRAL + "/local-offers/" + id, officer).json().get("status").asString())
			.isEqualTo("REPLACED");
		assertThat(api.get("/young-people/wirral/local-offer", null).body()).contains("Council tax exemption to 25");
		assertThat(api.get(WIRRAL + "/offer-sections/" + sectionId + "/history", officer).json()
			.findValuesAsString("author")).contains("wirral-officer");
		assertThat(api.get(WIRRAL + "/local-offers/" + id + "/history", officer).json()).hasSizeGreaterThan(2);
	}

	@Test
	void thePublishedOfferIsOpenToCareLeaversAsAPagePrintAndPdf() throws Exception {
		var page = api.get("/young-people/walsall/local-offer", null);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("A place to live", "Council Tax exemption provided for Care Leavers up to the"
				+ " age of 25 in Walsall.", "Illustrative");
		assertThat(api.get("/young-people/walsall/local-offer/print", null).body()).contains("Local Offer for Care Leavers");
		var pdf = api.get("/young-people/walsall/local-offer.pdf", null);
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.headers().getContentType().toString()).isEqualTo("application/pdf");
		byte[] bytes = api.download("/api/councils/walsall/local-offers/" + api.get("/api/councils/walsall/local-offers",
				api.token("walsall-viewer")).json().get("content").get(0).get("id").asLong() + "/export.pdf",
				api.token("walsall-viewer"));
		try (var document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("Walsall Council", "Local Offer for Care Leavers", "A place to live");
		}
		assertThat(AccessibleDocuments.pdfUaFailures(bytes)).as("PDF/UA-1, as veraPDF checks it").isEmpty();
		assertThat(api.get("/young-people/southwark/local-offer", null).status())
			.as("Southwark's offer is a draft").isEqualTo(404);
		assertThat(api.get("/young-people/nowhere/local-offer", null).status()).isEqualTo(404);
	}

	@Test
	void theHomePageOfACouncilWithNoPublishedOfferSaysSo() {
		var home = SignedInPages.signIn(port, "southwark-officer").get("/councils/southwark", null);

		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("No local offer is published yet", "Write and publish the local offer");
	}

	@Test
	void viewersReadOnlyAndOtherCouncilsGet404() {
		String viewer = api.token("wirral-viewer");
		String walsall = api.token("walsall-officer");
		long id = api.get(WIRRAL + "/local-offers", viewer).json().get("content").get(0).get("id").asLong();
		long section = api.get(WIRRAL + "/local-offers/" + id, viewer).json().get("sections").get(0).get("id")
			.asLong();

		assertThat(api.get(WIRRAL + "/local-offers/" + id, viewer).status()).isEqualTo(200);
		assertThat(api.post(WIRRAL + "/local-offers", viewer, Map.of("title", "x")).status()).isEqualTo(403);
		assertThat(api.put(WIRRAL + "/local-offers/" + id, viewer, Map.of("title", "x")).status()).isEqualTo(403);
		assertThat(api.post(WIRRAL + "/local-offers/" + id + "/sections", viewer, section("x")).status())
			.isEqualTo(403);
		assertThat(api.put(WIRRAL + "/offer-sections/" + section, viewer, section("x")).status()).isEqualTo(403);
		assertThat(api.delete(WIRRAL + "/offer-sections/" + section + "?version=0", viewer).status()).isEqualTo(403);
		assertThat(api.post(WIRRAL + "/local-offers/" + id + "/transitions", viewer, Map.of("to", "CONSULTED"))
			.status()).isEqualTo(403);
		assertThat(api.post(WIRRAL + "/local-offers/" + id + "/next-version", viewer, null).status()).isEqualTo(403);

		for (String path : List.of("/local-offers", "/local-offers/" + id, "/local-offers/" + id + "/coverage",
				"/local-offers/" + id + "/history", "/local-offers/" + id + "/export.pdf", "/offer-sections/" + section,
				"/offer-sections/" + section + "/history")) {
			assertThat(api.get(WIRRAL + path, walsall).status()).as(path).isEqualTo(404);
		}
		assertThat(api.post(WIRRAL + "/local-offers", walsall, Map.of("title", "x")).status()).isEqualTo(404);
		assertThat(api.put(WIRRAL + "/offer-sections/" + section, walsall, section("x")).status()).isEqualTo(404);
		assertThat(api.post(WIRRAL + "/local-offers/" + id + "/transitions", walsall, Map.of("to", "PUBLISHED"))
			.status()).isEqualTo(404);
	}

	private static Map<String, Object> section(String title) {
		return Map.of("area", "ACCOMMODATION", "title", title, "whatYouCanGet",
				"You do not pay council tax until you are 25", "whoIsEligible", "Care leavers living in the borough",
				"howToAsk", "Ask your personal adviser", "entitlement", "DISCRETIONARY");
	}
}
