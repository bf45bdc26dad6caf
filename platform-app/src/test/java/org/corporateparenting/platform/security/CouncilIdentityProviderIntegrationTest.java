package org.corporateparenting.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.platform.StarterRecords;
import org.corporateparenting.platform.StubIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Walsall signs its people in with its own identity provider (a small one run by the test, with its own keys) and
 * maps its realm roles to the platform's: a token from it gets exactly the mapped permissions, whatever roles claim it
 * carries, opens Walsall only, and a changed mapping applies to the next requests.
 */
@PlatformTest
class CouncilIdentityProviderIntegrationTest {

	static final String WALSALL = "/api/councils/walsall";

	static final StubIdentityProvider WALSALLS_PROVIDER = new StubIdentityProvider("walsall").start();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	PlatformApi api;

	String admin;

	String officer;

	@BeforeEach
	void setUp() throws InterruptedException {
		api = new PlatformApi(port);
		admin = api.token("walsall-admin");
		officer = api.token("walsall-officer");
		StarterRecords.awaitGovernance(api, "walsall", officer);
	}

	@AfterAll
	static void stopTheProvider() {
		WALSALLS_PROVIDER.close();
	}

	@Test
	void aTokenFromTheCouncilsOwnProviderGetsExactlyTheMappedPermissions() {
		map("cpp-viewers", "VIEWER");
		long housingAction = StarterRecords.allocatedAction(api, "walsall", officer, "housing",
				"Offer every care leaver a named housing officer");
		long policeAction = StarterRecords.allocatedAction(api, "walsall", officer, "police",
				"Name a police lead for children in care");

		String viewer = token("viewer-1", List.of("cpp-viewers"), Map.of("roles", List.of("COUNCIL_ADMIN")));
		assertThat(api.get(WALSALL, viewer).status()).isEqualTo(200);
		assertThat(api.get(WALSALL + "/partner-organisations", viewer).status()).isEqualTo(200);
		assertThat(api.post(WALSALL + "/partner-organisations", viewer, Map.of()).status()).isEqualTo(403);
		assertThat(api.get(WALSALL + "/identity-provider", viewer).status()).isEqualTo(403);
		assertThat(api.post(WALSALL + "/allocated-actions/" + housingAction + "/updates", viewer, update()).status())
			.isEqualTo(403);
		assertThat(api.get("/api/councils/wirral", viewer).status()).isEqualTo(404);
		assertThat(api.get("/api/admin/councils", viewer).status()).isEqualTo(403);

		String partner = token("partner-1", List.of("cpp-housing"), Map.of("organisation", "police"));
		assertThat(api.post(WALSALL + "/allocated-actions/" + housingAction + "/updates", partner, update()).status())
			.isEqualTo(201);
		assertThat(api.post(WALSALL + "/allocated-actions/" + policeAction + "/updates", partner, update()).status())
			.isEqualTo(403);
		assertThat(api.get(WALSALL + "/allocated-actions/" + policeAction, partner).status()).isEqualTo(404);
		assertThat(api.post(WALSALL + "/partner-organisations", partner, Map.of()).status()).isEqualTo(403);

		String unmapped = token("stranger-1", List.of("offline_access"), Map.of("council", "walsall"));
		var refused = api.get(WALSALL + "/partner-organisations", unmapped);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("detail").asString()).contains("COUNCIL_ADMIN, OFFICER, BOARD_MEMBER, VIEWER");
	}

	@Test
	void aTokenFromTheProviderOpensOnlyItsOwnCouncilAndOnlyForItsAudience() {
		map("cpp-viewers", "VIEWER");

		String namingWirral = token("viewer-2", List.of("cpp-viewers"), Map.of("council", "wirral"));
		assertThat(api.get(WALSALL, namingWirral).status()).isEqualTo(404);
		assertThat(api.get("/api/councils/wirral", namingWirral).status()).isEqualTo(404);

		String namingWalsall = token("viewer-3", List.of("cpp-viewers"), Map.of("council", "walsall"));
		assertThat(api.get(WALSALL, namingWalsall).status()).isEqualTo(200);

		String forAnotherAudience = WALSALLS_PROVIDER.token(Map.of("sub", "viewer-4", "aud", "account",
				"realm_access", Map.of("roles", List.of("cpp-viewers"))));
		assertThat(api.get(WALSALL, forAnotherAudience).status()).isEqualTo(401);

		String forged = namingWalsall.substring(0, namingWalsall.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
		assertThat(api.get(WALSALL, forged).status()).isEqualTo(401);
	}

	@Test
	void aChangedMappingAppliesToTheNextRequests() throws InterruptedException {
		map("cpp-viewers", "VIEWER");
		String person = token("officer-to-be", List.of("cpp-viewers"), Map.of());
		assertThat(api.post(WALSALL + "/partner-organisations", person, Map.of()).status()).isEqualTo(403);

		map("cpp-viewers", "OFFICER");

		// An officer may add an organisation: the empty one is refused as bad input (400), so nothing is written.
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(5));
		int status = api.post(WALSALL + "/partner-organisations", person, Map.of()).status();
		while (status == 403 && Instant.now().isBefore(giveUp)) {
			Thread.sleep(100);
			status = api.post(WALSALL + "/partner-organisations", person, Map.of()).status();
		}
		assertThat(status).isEqualTo(400);
	}

	@Test
	void aPersonFromTheProviderIsRecordedByNameWithTheirSubjectKept() {
		map("cpp-officers", "OFFICER");
		String subject = "4e3c6016-8b1f-4c1a-9d3e-2a7b5c9e0f11";
		String alex = token(subject, List.of("cpp-officers"), Map.of("name", "Alex Officer", "preferred_username",
				"alex.officer@walsall.example", "email", "alex.officer@walsall.example"));
		String key = "alexs-" + Long.toString(System.nanoTime(), 36);

		var created = api.post(WALSALL + "/partner-organisations", alex, Map.of("key", key, "name",
				"Alex's organisation", "sector", "VOLUNTARY_SECTOR", "contacts", List.of()));

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		var history = api.get(WALSALL + "/partner-organisations/" + created.json().get("id").asLong() + "/history",
				officer);
		assertThat(history.json().get(0).get("author").asString()).isEqualTo("Alex Officer");
		assertThat(history.body()).doesNotContain(subject);
		assertThat(jdbc.queryForObject("select author_subject from cpp_council_walsall.revinfo where id = ?",
				String.class, history.json().get(0).get("revision").asLong())).isEqualTo(subject);
	}

	/** Walsall's provider, with the realm role given mapped to the role, and housing partners mapped. */
	private void map(String realmRole, String role) {
		long version = api.get(WALSALL + "/identity-provider", admin).json().get("version").asLong();
		var saved = api.put(WALSALL + "/identity-provider", admin, Map.of("issuer", WALSALLS_PROVIDER.issuer(), "claim",
				"realm_access.roles", "audience", "corporate-parenting", "mappings",
				List.of(Map.of("group", realmRole, "role", role),
						Map.of("group", "cpp-housing", "role", "PARTNER", "organisation", "housing")),
				"version", version));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
	}

	private static String token(String subject, List<String> realmRoles, Map<String, Object> more) {
		var claims = new java.util.HashMap<String, Object>(more);
		claims.put("sub", subject);
		claims.put("aud", List.of("corporate-parenting", "account"));
		claims.put("realm_access", Map.of("roles", realmRoles));
		return WALSALLS_PROVIDER.token(claims);
	}

	private static Map<String, Object> update() {
		return Map.of("date", "2026-11-01", "text", "Started", "status", "IN_PROGRESS");
	}
}
