package org.corporateparenting.platform.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Partners' duties under the 2026 Act, their offers to care leavers and the collaboration log, as scripts use them:
 * bad input (400 with every field), stale versions (409), other councils (404 on every endpoint), viewers (403), a
 * partner writing only their own organisation's offers, and a local offer's section that is a partner's offer.
 */
@PlatformTest
class PartnerOffersApiIntegrationTest {

	static final String WIRRAL = "/api/councils/wirral";

	static final String WALSALL = "/api/councils/walsall";

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
	void theDemoCouncilsPartnersOffersAreCountedByArea() {
		JsonNode areas = api.get(WALSALL + "/partner-offers/by-area", api.token("walsall-viewer")).json();
		assertThat(areas).hasSize(5);
		assertThat(areas.get(0).get("area").asString()).isEqualTo("INDEPENDENT_LIVING");
		assertThat(areas.findValuesAsString("area")).containsExactly("INDEPENDENT_LIVING",
				"EDUCATION_TRAINING_EMPLOYMENT", "SAFETY_AND_SECURITY", "MENTAL_AND_PHYSICAL_HEALTH", "FINANCE");
		JsonNode offers = api.get(WALSALL + "/partner-offers?size=100", api.token("walsall-viewer")).json();
		assertThat(offers.get("content").findValuesAsString("title")).contains("Council apprenticeships for care leavers",
				"Transition and Leaving Care Nurse drop-in");
	}

	@Test
	void anOfferIsCheckedWhollyChangedWithItsVersionAndKeptWithItsHistory() {
		long housing = organisation(WIRRAL, "housing", officer);
		var bad = api.post(WIRRAL + "/partner-offers", officer, Map.of("places", -1, "takeUp",
				List.of(Map.of("quarter", "2025-26 Q1", "takenUp", 1), Map.of("quarter", "2025-26 Q1", "takenUp", 2),
						Map.of("quarter", "Q5", "takenUp", 1))));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("organisationId",
				"area", "title", "whatIsOffered", "status", "places", "takeUp[1].quarter", "takeUp[2].quarter");
		var notJson = api.post(WIRRAL + "/partner-offers", officer, Map.of("organisationId", housing, "area", "MOON",
				"title", "x", "whatIsOffered", "x", "status", "OPEN"));
		assertThat(notJson.status()).isEqualTo(400);

		var made = api.post(WIRRAL + "/partner-offers", officer, offer(housing, "Rent in advance", null));
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		long id = made.json().get("id").asLong();
		assertThat(made.json().get("takeUp").get(0).get("quarter").asString()).isEqualTo("2025-26 Q1");
		var changed = api.put(WIRRAL + "/partner-offers/" + id, officer,
				offer(housing, "Rent in advance for a first tenancy", made.json().get("version").asLong()));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(api.put(WIRRAL + "/partner-offers/" + id, officer,
				offer(housing, "Stale", made.json().get("version").asLong())).status()).isEqualTo(409);
		assertThat(api.get(WIRRAL + "/partner-offers/" + id + "/history", officer).json()
			.findValuesAsString("author")).contains("wirral-officer");
		assertThat(api.get(WIRRAL + "/partner-offers/999999", officer).status()).isEqualTo(404);
	}

	@Test
	void dutiesAreRecordedForARelevantCorporateParentOnlyWithTheOrganisationsVersion() {
		long police = organisation(WIRRAL, "police", officer);
		JsonNode current = api.get(WIRRAL + "/partner-organisations/" + police + "/corporate-parent", officer).json();
		var bad = api.put(WIRRAL + "/partner-organisations/" + police + "/corporate-parent", officer,
				Map.of("duties", List.of("ADVISE")));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactly("corporateParent");
		var none = api.put(WIRRAL + "/partner-organisations/" + police + "/corporate-parent", officer,
				Map.of("corporateParent", true, "duties", List.of(), "version", current.get("version").asLong()));
		assertThat(none.json().get("errors").findValuesAsString("field")).containsExactly("duties");

		Map<String, Object> duties = Map.of("corporateParent", true, "duties", List.of("COLLABORATE", "BE_ALERT"),
				"version", current.get("version").asLong());
		var recorded = api.put(WIRRAL + "/partner-organisations/" + police + "/corporate-parent", officer, duties);
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
		assertThat(recorded.json().get("duties").valueStream().map(JsonNode::asString)).containsExactly("BE_ALERT",
				"COLLABORATE");
		assertThat(api.put(WIRRAL + "/partner-organisations/" + police + "/corporate-parent", officer, duties)
			.status()).isEqualTo(409);
		assertThat(api.get(WIRRAL + "/partner-organisations/" + police + "/history", officer).json().toString())
			.contains("duties");
	}

	@Test
	void theCollaborationLogIsPagedNewestFirstAndCorrectedWithItsVersion() {
		long housing = organisation(WIRRAL, "housing", officer);
		long health = organisation(WIRRAL, "health", officer);
		var bad = api.post(WIRRAL + "/collaboration-log", officer, Map.of("organisationIds", List.of(999_999),
				"date", LocalDate.now().plusDays(2).toString()));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("date", "kind",
				"summary", "organisationIds[0]");

		Map<String, Object> entry = new HashMap<>(Map.of("date", "2026-02-03", "kind", "INFORMATION_SHARED",
				"organisationIds", List.of(housing, health), "summary",
				"Health shared which care leavers were waiting for a tenancy with a mental health need"));
		var made = api.post(WIRRAL + "/collaboration-log", officer, entry);
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		long id = made.json().get("id").asLong();
		entry.put("outcome", "Two tenancies offered with support");
		entry.put("version", made.json().get("version").asLong());
		assertThat(api.put(WIRRAL + "/collaboration-log/" + id, officer, entry).status()).isEqualTo(200);
		assertThat(api.put(WIRRAL + "/collaboration-log/" + id, officer, entry).status()).isEqualTo(409);
		JsonNode page = api.get(WIRRAL + "/collaboration-log?size=1", officer).json();
		assertThat(page.get("size").asInt()).isEqualTo(1);
		assertThat(page.get("totalElements").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(api.get(WIRRAL + "/collaboration-log/" + id + "/history", officer).json()).hasSize(2);
	}

	@Test
	void viewersReadOnlyAndOtherCouncilsGet404OnEveryEndpoint() {
		String viewer = api.token("wirral-viewer");
		String walsall = api.token("walsall-officer");
		long housing = organisation(WIRRAL, "housing", officer);
		long offer = api.post(WIRRAL + "/partner-offers", officer, offer(housing, "Viewer check", null)).json()
			.get("id").asLong();
		long entry = api.post(WIRRAL + "/collaboration-log", officer, Map.of("date", "2026-01-05", "kind", "ADVICE",
				"organisationIds", List.of(housing), "summary", "Advice on a tenancy")).json().get("id").asLong();

		List<String> reads = List.of("/partner-offers", "/partner-offers/by-area", "/partner-offers/" + offer,
				"/partner-offers/" + offer + "/history", "/partner-organisations/" + housing + "/corporate-parent",
				"/collaboration-log", "/collaboration-log/" + entry, "/collaboration-log/" + entry + "/history");
		for (String path : reads) {
			assertThat(api.get(WIRRAL + path, viewer).status()).as(path).isEqualTo(200);
			assertThat(api.get(WIRRAL + path, walsall).status()).as(path).isEqualTo(404);
		}
		Map<String, Object> duties = Map.of("corporateParent", false, "version", 0);
		Map<String, Object> log = Map.of("date", "2026-01-05", "kind", "ADVICE", "organisationIds", List.of(housing),
				"summary", "x", "version", 0);
		assertThat(api.post(WIRRAL + "/partner-offers", viewer, offer(housing, "x", null)).status()).isEqualTo(403);
		assertThat(api.put(WIRRAL + "/partner-offers/" + offer, viewer, offer(housing, "x", 0L)).status())
			.isEqualTo(403);
		assertThat(api.put(WIRRAL + "/partner-organisations/" + housing + "/corporate-parent", viewer, duties)
			.status()).isEqualTo(403);
		assertThat(api.post(WIRRAL + "/collaboration-log", viewer, log).status()).isEqualTo(403);
		assertThat(api.put(WIRRAL + "/collaboration-log/" + entry, viewer, log).status()).isEqualTo(403);

		assertThat(api.post(WIRRAL + "/partner-offers", walsall, offer(housing, "x", null)).status()).isEqualTo(404);
		assertThat(api.put(WIRRAL + "/partner-offers/" + offer, walsall, offer(housing, "x", 0L)).status())
			.isEqualTo(404);
		assertThat(api.put(WIRRAL + "/partner-organisations/" + housing + "/corporate-parent", walsall, duties)
			.status()).isEqualTo(404);
		assertThat(api.post(WIRRAL + "/collaboration-log", walsall, log).status()).isEqualTo(404);
		assertThat(api.put(WIRRAL + "/collaboration-log/" + entry, walsall, log).status()).isEqualTo(404);
	}

	@Test
	void aPartnerMakesAndChangesOnlyTheirOwnOrganisationsOffers() {
		String partner = api.token("walsall-partner");
		String walsallOfficer = api.token("walsall-officer");
		long housing = organisation(WALSALL, "housing", walsallOfficer);
		long police = organisation(WALSALL, "police", walsallOfficer);

		var own = api.post(WALSALL + "/partner-offers", partner, offer(housing, "Furniture pack", null));
		assertThat(own.status()).as(own.body()).isEqualTo(201);
		assertThat(api.put(WALSALL + "/partner-offers/" + own.json().get("id").asLong(), partner,
				offer(housing, "Furniture and white goods pack", own.json().get("version").asLong())).status())
			.isEqualTo(200);
		assertThat(api.post(WALSALL + "/partner-offers", partner, offer(police, "Not theirs", null)).status())
			.isEqualTo(403);
		long policeOffer = api.get(WALSALL + "/partner-offers?size=100", partner).json().get("content")
			.valueStream()
			.filter(offer -> offer.get("organisationKey").asString().equals("police"))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asLong();
		assertThat(api.put(WALSALL + "/partner-offers/" + policeOffer, partner, offer(police, "Changed", 0L))
			.status()).isEqualTo(403);
		assertThat(api.put(WALSALL + "/partner-organisations/" + housing + "/corporate-parent", partner,
				Map.of("corporateParent", false, "version", 0)).status()).isEqualTo(403);
		assertThat(api.post(WALSALL + "/collaboration-log", partner, Map.of("date", "2026-01-05", "kind", "ADVICE",
				"organisationIds", List.of(housing), "summary", "x")).status()).isEqualTo(403);
	}

	@Test
	void aSectionOfTheLocalOfferThatIsAPartnersOfferShowsItToCareLeavers() {
		// A council of this test's own, so that publishing its offer changes no demo council's page.
		String own = api.officerOfNewCouncil("offerton", "Offerton Council", "E08009917");
		String council = "/api/councils/offerton";
		long housing = api.post(council + "/partner-organisations", own, Map.of("key", "housing", "name",
				"Offerton Homes", "sector", "HOUSING")).json().get("id").asLong();
		long partnerOffer = api.post(council + "/partner-offers", own, offer(housing, "Starter home pack", null))
			.json().get("id").asLong();
		long offer = api.post(council + "/local-offers", own, Map.of("title", "Our offer, with our partners"))
			.json().get("id").asLong();
		Map<String, Object> section = new HashMap<>(Map.of("area", "ACCOMMODATION", "title", "Your first home",
				"whatYouCanGet", "Help to set up your first home", "entitlement", "DISCRETIONARY", "partnerOfferId",
				999_999));
		var bad = api.post(council + "/local-offers/" + offer + "/sections", own, section);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactly("partnerOfferId");
		section.put("partnerOfferId", partnerOffer);
		var added = api.post(council + "/local-offers/" + offer + "/sections", own, section);
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		assertThat(added.json().get("partnerOfferId").asLong()).isEqualTo(partnerOffer);
		assertThat(api.post(council + "/local-offers/" + offer + "/transitions", own, Map.of("to", "PUBLISHED",
				"reviewDue", LocalDate.now().plusYears(1).toString())).status()).isEqualTo(200);

		assertThat(api.get("/young-people/offerton/local-offer", null).body()).contains("From our partner",
				"Offerton Homes: Starter home pack", "A deposit and rent in advance");
	}

	private long organisation(String council, String key, String token) {
		return api.get(council + "/partner-organisations?size=100", token).json().get("content")
			.valueStream()
			.filter(organisation -> organisation.get("key").asString().equals(key))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asLong();
	}

	private static Map<String, Object> offer(long organisationId, String title, Long version) {
		Map<String, Object> offer = new HashMap<>(Map.of("organisationId", organisationId, "area",
				"INDEPENDENT_LIVING", "title", title, "whatIsOffered", "A deposit and rent in advance",
				"eligibility", "Care leavers taking a first tenancy", "places", 10, "status", "OPEN", "takeUp",
				List.of(Map.of("quarter", "2025-26 Q1", "takenUp", 2))));
		if (version != null) {
			offer.put("version", version);
		}
		return offer;
	}
}
