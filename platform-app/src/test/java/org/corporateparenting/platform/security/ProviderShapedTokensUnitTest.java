package org.corporateparenting.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corporateparenting.tenancy.IdentityProvider;
import org.corporateparenting.tenancy.IdentityProvider.RoleMapping;
import org.corporateparenting.tenancy.testing.FixedIdentityProviders;
import org.corporateparenting.web.CouncilPermissions;
import org.corporateparenting.web.CouncilPermissions.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * Access tokens as Keycloak 26 and Entra ID (version 2) issue them, set up as docs/operations.md describes, become the
 * platform's roles through the council's mappings: Keycloak's realm roles under {@code realm_access.roles} or its
 * group paths under {@code groups}, Entra ID's app roles under {@code roles} or its groups' object ids under
 * {@code groups}. Each is named by its display name, not its subject.
 */
class ProviderShapedTokensUnitTest {

	static final String KEYCLOAK = "https://login.walsall.example/realms/walsall";

	static final String ENTRA = "https://login.microsoftonline.com/2f1a7b2e-5c3d-4e6f-8a9b-0c1d2e3f4a5b/v2.0";

	/** The application (client) id of Walsall's app registration in Entra ID: its tokens' audience. */
	static final String ENTRA_CLIENT_ID = "8a3c9d1e-7b2f-4c6a-9e0d-1f2a3b4c5d6e";

	static final String OFFICERS_GROUP = "6f1c2a8e-1b7d-4c55-9a51-0d7e3c1f9a10";

	static final String HOUSING_GROUP = "b2d4f6a8-3c5e-4f7a-8b9c-0d1e2f3a4b5c";

	static final SecurityProperties PLATFORM = new Binder().bindOrCreate("cpp.security", SecurityProperties.class);

	@Test
	void keycloakRealmRoles() {
		IdentityProvider walsall = provider(KEYCLOAK, "realm_access.roles", null,
				new RoleMapping("cpp-officers", Role.OFFICER, null),
				new RoleMapping("cpp-housing", Role.PARTNER, "housing"));

		Authentication officer = authenticate(walsall, keycloak(Map.of("realm_access", Map.of("roles",
				List.of("default-roles-walsall", "offline_access", "uma_authorization", "cpp-officers")))));
		Authentication partner = authenticate(walsall, keycloak(Map.of("realm_access",
				Map.of("roles", List.of("default-roles-walsall", "cpp-housing")))));

		assertThat(GrantedRoles.of(officer)).containsExactly("ROLE_OFFICER");
		assertThat(council(officer)).isEqualTo("walsall");
		assertThat(officer.getName()).isEqualTo("Alex Officer");
		assertThat(GrantedRoles.of(partner)).containsExactly("ROLE_PARTNER");
		assertThat(CouncilPermissions.of(partner).organisation()).isEqualTo("housing");
		assertThat(CouncilPermissions.of(partner).partnerOnly()).isTrue();
	}

	@Test
	void keycloakGroupPaths() {
		IdentityProvider walsall = provider(KEYCLOAK, "groups", null,
				new RoleMapping("/cpp/officers", Role.OFFICER, null),
				new RoleMapping("/cpp/partners/housing", Role.PARTNER, "housing"));

		Authentication officer = authenticate(walsall, keycloak(Map.of("groups", List.of("/cpp/officers", "/staff"))));
		Authentication nobody = authenticate(walsall, keycloak(Map.of("groups", List.of("/staff"))));

		assertThat(GrantedRoles.of(officer)).containsExactly("ROLE_OFFICER");
		assertThat(GrantedRoles.of(nobody)).isEmpty();
		assertThat(council(nobody)).as("a member with no mapped group is the council's, with no role (403)")
			.isEqualTo("walsall");
		assertThat(CouncilPermissions.of(nobody).read()).isFalse();
	}

	@Test
	void entraIdAppRoles() {
		IdentityProvider walsall = provider(ENTRA, "roles", ENTRA_CLIENT_ID,
				new RoleMapping("CPP.Officer", Role.OFFICER, null),
				new RoleMapping("CPP.Admin", Role.COUNCIL_ADMIN, null),
				new RoleMapping("CPP.Partner.Housing", Role.PARTNER, "housing"));

		Authentication admin = authenticate(walsall, entra(Map.of("roles", List.of("CPP.Admin"))));
		Authentication partner = authenticate(walsall, entra(Map.of("roles", List.of("CPP.Partner.Housing"))));

		assertThat(GrantedRoles.of(admin)).containsExactly("ROLE_COUNCIL_ADMIN");
		assertThat(CouncilPermissions.of(admin).administer()).isTrue();
		assertThat(admin.getName()).isEqualTo("Alex Officer");
		assertThat(council(admin)).isEqualTo("walsall");
		assertThat(CouncilPermissions.of(partner).organisation()).isEqualTo("housing");
	}

	@Test
	void entraIdGroupObjectIds() {
		IdentityProvider walsall = provider(ENTRA, "groups", ENTRA_CLIENT_ID,
				new RoleMapping(OFFICERS_GROUP, Role.OFFICER, null),
				new RoleMapping(HOUSING_GROUP, Role.PARTNER, "housing"));

		Authentication officer = authenticate(walsall, entra(Map.of("groups",
				List.of("0a9b8c7d-0000-4000-8000-000000000001", OFFICERS_GROUP), "roles", List.of("COUNCIL_ADMIN"))));

		assertThat(GrantedRoles.of(officer)).as("the raw roles claim gives nothing").containsExactly("ROLE_OFFICER");
	}

	/** What Keycloak 26 puts in an access token with the audience mapper and the profile and email scopes. */
	private static Map<String, Object> keycloak(Map<String, Object> roles) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", KEYCLOAK);
		claims.put("sub", "4e3c6016-8b1f-4c1a-9d3e-2a7b5c9e0f11");
		claims.put("aud", List.of("corporate-parenting", "account"));
		claims.put("typ", "Bearer");
		claims.put("azp", "corporate-parenting");
		claims.put("scope", "openid profile email");
		claims.put("resource_access", Map.of("account", Map.of("roles", List.of("manage-account", "view-profile"))));
		claims.put("name", "Alex Officer");
		claims.put("preferred_username", "aofficer");
		claims.put("given_name", "Alex");
		claims.put("family_name", "Officer");
		claims.put("email", "alex.officer@walsall.example");
		claims.put("email_verified", true);
		claims.putAll(roles);
		return claims;
	}

	/** What Entra ID puts in a version 2 access token for the council's app registration. */
	private static Map<String, Object> entra(Map<String, Object> roles) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", ENTRA);
		claims.put("aud", ENTRA_CLIENT_ID);
		claims.put("sub", "AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ");
		claims.put("oid", "00000000-0000-0000-66f3-3332eca7ea81");
		claims.put("tid", "2f1a7b2e-5c3d-4e6f-8a9b-0c1d2e3f4a5b");
		claims.put("azp", "c44b4083-3bb0-49c1-b47d-974e53cbdf3c");
		claims.put("scp", "access_as_user");
		claims.put("ver", "2.0");
		claims.put("name", "Alex Officer");
		claims.put("preferred_username", "alex.officer@walsall.example");
		claims.putAll(roles);
		return claims;
	}

	private static IdentityProvider provider(String issuer, String claim, String audience, RoleMapping... mappings) {
		return new IdentityProvider("walsall", issuer, claim, audience, List.of(mappings), Instant.now(),
				"walsall-admin", 1);
	}

	private static Authentication authenticate(IdentityProvider provider, Map<String, Object> claims) {
		Jwt token = Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.claims(all -> all.putAll(claims))
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(300))
			.build();
		return TrustedIssuers
			.manager(ignored -> token, new TokenRoles(provider.issuer(), false, FixedIdentityProviders.of(provider),
					PLATFORM), Duration.ofSeconds(30))
			.authenticate(new BearerTokenAuthenticationToken("t"));
	}

	private static String council(Authentication authentication) {
		return ((Jwt) authentication.getPrincipal()).getClaimAsString("council");
	}
}
