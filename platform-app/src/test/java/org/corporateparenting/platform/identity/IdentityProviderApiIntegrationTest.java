package org.corporateparenting.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.platform.StarterRecords;
import org.corporateparenting.platform.StubIdentityProvider;
import org.corporateparenting.tenancy.IssuerAddresses;
import org.corporateparenting.tenancy.PlatformIssuers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * A council admin sets the council's identity provider through the API and checks what a token would get; nobody
 * else in the council may, and nobody outside it, platform admins included, finds it at all.
 */
@PlatformTest
class IdentityProviderApiIntegrationTest {

	static final String API = "/api/councils/southwark/identity-provider";

	static final String KEYCLOAK = "https://keycloak.southwark.example/realms/southwark";

	static final String ENTRA = "https://login.microsoftonline.com/2f1a7b2e-0000-4000-8000-southwark000/v2.0";

	@LocalServerPort
	int port;

	@Autowired
	PlatformIssuers platformIssuers;

	PlatformApi api;

	String admin;

	/** Southwark's partner organisations are imported just after it is onboarded, at start-up. */
	@BeforeEach
	void setUp() throws InterruptedException {
		api = new PlatformApi(port);
		admin = api.token("southwark-admin");
		StarterRecords.awaitGovernance(api, "southwark", admin);
	}

	@Test
	void aCouncilAdminSetsTheProviderReadsItBackAndSeesItsHistory() {
		long version = api.get(API, admin).json().get("version").asLong();
		Map<String, Object> settings = settings(KEYCLOAK, "realm_access.roles", "corporate-parenting",
				List.of(mapping("cpp-officers", "OFFICER", null), mapping("cpp-housing", "PARTNER", "housing")),
				version);

		var saved = api.put(API, admin, settings);

		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		JsonNode read = api.get(API, admin).json();
		assertThat(read.get("configured").asBoolean()).isTrue();
		assertThat(read.get("issuer").asString()).isEqualTo(KEYCLOAK);
		assertThat(read.get("claim").asString()).isEqualTo("realm_access.roles");
		assertThat(read.get("audience").asString()).isEqualTo("corporate-parenting");
		assertThat(read.get("mappings").findValuesAsString("group")).containsExactly("cpp-officers", "cpp-housing");
		assertThat(read.get("mappings").get(1).get("organisation").asString()).isEqualTo("housing");
		assertThat(read.get("version").asLong()).isEqualTo(version + 1);
		assertThat(read.get("updatedBy").asString()).isEqualTo("southwark-admin");

		var stale = api.put(API, admin, settings);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(api.get(API, admin).json().get("version").asLong()).isEqualTo(version + 1);

		JsonNode history = api.get(API + "/history", admin).json();
		assertThat(history.get(0).get("revision").asLong()).isEqualTo(version + 1);
		assertThat(history.get(0).get("author").asString()).isEqualTo("southwark-admin");
	}

	@Test
	void everyProblemIsListedInOneBadRequestAndNothingIsSaved() {
		long version = api.get(API, admin).json().get("version").asLong();
		Map<String, Object> settings = settings("http://login.southwark.example/realms/southwark", "realm access",
				"two audiences", List.of(mapping("", null, null), mapping("cpp-housing", "PARTNER", null),
						mapping("cpp-viewers", "VIEWER", "housing"), mapping("cpp-police", "PARTNER", "police"),
						mapping("cpp-viewers", "VIEWER", null)),
				null);

		var refused = api.put(API, admin, settings);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("audience",
				"claim", "issuer", "mappings[0].group", "mappings[0].role", "mappings[1].organisation",
				"mappings[2].organisation", "mappings[3].organisation", "mappings[4].group", "version");
		assertThat(message(refused.json(), "issuer"))
			.isEqualTo(IssuerAddresses.RULE);
		assertThat(message(refused.json(), "mappings[3].organisation"))
			.isEqualTo("is not a partner organisation of the council");
		assertThat(api.get(API, admin).json().get("version").asLong()).isEqualTo(version);
	}

	@Test
	void anOrganisationTheCouncilDoesNotHaveIsRefused() {
		long version = api.get(API, admin).json().get("version").asLong();

		var refused = api.put(API, admin, settings(KEYCLOAK, "groups", null,
				List.of(mapping("cpp-police", "PARTNER", "police")), version));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("mappings[0].organisation");
	}

	@Test
	void aLoopbackAddressMayUsePlainHttpButNoCouncilMayTakeThePlatformsOwnIssuer() {
		long version = api.get(API, admin).json().get("version").asLong();
		String platformIssuer = platformIssuers.issuers().iterator().next();

		var platforms = api.put(API, admin, settings(platformIssuer, "roles", null, List.of(), version));

		assertThat(platforms.status()).isEqualTo(400);
		assertThat(message(platforms.json(), "issuer")).startsWith("is the platform's own sign-in");
		assertThat(api.put(API, admin, settings("http://[::1]:9999/realms/try-out", "roles", null, List.of(),
				version)).status()).isEqualTo(200);
	}

	@Test
	void anIssuerAnotherCouncilSignsInWithIsAConflict() {
		String wirralAdmin = api.token("wirral-admin");
		String wirralApi = "/api/councils/wirral/identity-provider";
		String shared = "https://login.shared.example/realms/merseyside";
		long wirralVersion = api.get(wirralApi, wirralAdmin).json().get("version").asLong();
		assertThat(api.put(wirralApi, wirralAdmin, settings(shared, "roles", null, List.of(), wirralVersion)).status())
			.isEqualTo(200);
		long version = api.get(API, admin).json().get("version").asLong();

		var clash = api.put(API, admin, settings(shared, "roles", null, List.of(), version));

		assertThat(clash.status()).isEqualTo(409);
		assertThat(clash.body()).doesNotContain("wirral");
	}

	@Test
	void onlyTheCouncilsAdminsMayReadOrChangeItAndNobodyOutsideTheCouncilFindsIt() {
		Map<String, Object> settings = settings(KEYCLOAK, "roles", null, List.of(), 0L);
		Map<String, Object> check = Map.of("token", "a.b.c");
		for (String role : List.of("southwark-officer", "southwark-board-member", "southwark-viewer",
				"southwark-partner")) {
			String token = api.token(role);
			assertThat(api.get(API, token).status()).as(role).isEqualTo(403);
			assertThat(api.put(API, token, settings).status()).as(role).isEqualTo(403);
			assertThat(api.get(API + "/history", token).status()).as(role).isEqualTo(403);
			assertThat(api.post(API + "/token-check", token, check).status()).as(role).isEqualTo(403);
		}
		for (String outsider : List.of("wirral-admin", "platform-admin")) {
			String token = api.token(outsider);
			assertThat(api.get(API, token).status()).as(outsider).isEqualTo(404);
			assertThat(api.get(API, token).body()).as(outsider).doesNotContain(KEYCLOAK);
			assertThat(api.put(API, token, settings).status()).as(outsider).isEqualTo(404);
			assertThat(api.get(API + "/history", token).status()).as(outsider).isEqualTo(404);
			assertThat(api.post(API + "/token-check", token, check).status()).as(outsider).isEqualTo(404);
		}
		assertThat(api.get(API, null).status()).isEqualTo(401);
	}

	@Test
	void aKeycloakTokensRealmRolesGetTheMappedRoles() {
		save(settings(KEYCLOAK, "realm_access.roles", "corporate-parenting",
				List.of(mapping("cpp-officers", "OFFICER", null), mapping("cpp-housing", "PARTNER", "housing")), 0L));
		StubIdentityProvider keycloak = new StubIdentityProvider("southwark");
		String token = keycloak.token(KEYCLOAK, Map.of("aud", List.of("corporate-parenting", "account"), "sub",
				"f3b1c0de", "realm_access", Map.of("roles", List.of("cpp-housing", "offline_access",
						"default-roles-southwark")), "resource_access", Map.of("account", Map.of("roles",
								List.of("manage-account")))));

		JsonNode check = check(token);

		assertThat(check.get("issuerMatches").asBoolean()).isTrue();
		assertThat(check.get("audienceMatches").asBoolean()).isTrue();
		assertThat(check.get("groups").valueStream().map(JsonNode::asString))
			.containsExactly("cpp-housing", "offline_access", "default-roles-southwark");
		assertThat(check.get("unmapped").valueStream().map(JsonNode::asString))
			.containsExactly("offline_access", "default-roles-southwark");
		assertThat(check.get("roles").valueStream().map(JsonNode::asString)).containsExactly("PARTNER");
		assertThat(check.get("organisation").asString()).isEqualTo("housing");
		assertThat(check.get("opensTheCouncil").asBoolean()).isTrue();

		JsonNode otherAudience = check(keycloak.token(KEYCLOAK, Map.of("aud", "account", "realm_access",
				Map.of("roles", List.of("cpp-officers")))));
		assertThat(otherAudience.get("audienceMatches").asBoolean()).isFalse();
		assertThat(otherAudience.get("opensTheCouncil").asBoolean()).isFalse();
		assertThat(otherAudience.get("notes").toString()).contains("audience does not include corporate-parenting");
	}

	@Test
	void anEntraTokensAppRolesOrGroupObjectIdsGetTheMappedRoles() {
		StubIdentityProvider entra = new StubIdentityProvider("entra");
		String viewers = "6f1c2a8e-1b7d-4c55-9a51-0d7e3c1f9a10";
		String others = "0a9b8c7d-0000-4000-8000-000000000001";
		save(settings(ENTRA, "roles", "api://corporate-parenting-southwark",
				List.of(mapping("CPP.Officer", "OFFICER", null), mapping("CPP.Admin", "COUNCIL_ADMIN", null)), 0L));
		JsonNode appRoles = check(entra.token(ENTRA, Map.of("aud", "api://corporate-parenting-southwark", "tid",
				"2f1a7b2e", "roles", List.of("CPP.Officer"))));
		assertThat(appRoles.get("roles").valueStream().map(JsonNode::asString)).containsExactly("OFFICER");
		assertThat(appRoles.get("opensTheCouncil").asBoolean()).isTrue();

		save(settings(ENTRA, "groups", "api://corporate-parenting-southwark",
				List.of(mapping(viewers, "VIEWER", null)), 0L));
		JsonNode groups = check(entra.token(ENTRA, Map.of("aud", "api://corporate-parenting-southwark", "groups",
				List.of(viewers, others), "roles", List.of("COUNCIL_ADMIN"))));
		assertThat(groups.get("roles").valueStream().map(JsonNode::asString)).containsExactly("VIEWER");
		assertThat(groups.get("unmapped").valueStream().map(JsonNode::asString)).containsExactly(others);

		JsonNode wrongIssuer = check(entra.token("https://login.microsoftonline.com/another-tenant/v2.0",
				Map.of("aud", "api://corporate-parenting-southwark", "groups", List.of(viewers))));
		assertThat(wrongIssuer.get("issuerMatches").asBoolean()).isFalse();
		assertThat(wrongIssuer.get("opensTheCouncil").asBoolean()).isFalse();
	}

	@Test
	void aMalformedTokenIsABadRequestThatDoesNotRepeatIt() {
		String pasted = "eyJhbGciOiJSUzI1NiJ9.not-base64-json.signature-of-a-secret";

		var refused = api.post(API + "/token-check", admin, Map.of("token", pasted));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("token");
		assertThat(refused.body()).doesNotContain("signature-of-a-secret");
		assertThat(api.post(API + "/token-check", admin, Map.of("token", " ")).json().get("errors")
			.findValuesAsString("field")).containsExactly("token");
	}

	private JsonNode check(String token) {
		var checked = api.post(API + "/token-check", admin, Map.of("token", token));
		assertThat(checked.status()).as(checked.body()).isEqualTo(200);
		assertThat(checked.body()).doesNotContain(token);
		return checked.json();
	}

	/** Saves the settings over whatever version is there. */
	private void save(Map<String, Object> settings) {
		Map<String, Object> current = new HashMap<>(settings);
		current.put("version", api.get(API, admin).json().get("version").asLong());
		var saved = api.put(API, admin, current);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
	}

	private static String message(JsonNode problem, String field) {
		for (JsonNode error : problem.get("errors")) {
			if (error.get("field").asString().equals(field)) {
				return error.get("message").asString();
			}
		}
		throw new AssertionError("No problem with " + field + " in " + problem);
	}

	static Map<String, Object> settings(String issuer, String claim, String audience, List<Map<String, Object>> mappings,
			Long version) {
		Map<String, Object> settings = new HashMap<>();
		settings.put("issuer", issuer);
		settings.put("claim", claim);
		settings.put("audience", audience);
		settings.put("mappings", new ArrayList<>(mappings));
		settings.put("version", version);
		return settings;
	}

	static Map<String, Object> mapping(String group, String role, String organisation) {
		Map<String, Object> mapping = new HashMap<>();
		mapping.put("group", group);
		mapping.put("role", role);
		mapping.put("organisation", organisation);
		return mapping;
	}
}
