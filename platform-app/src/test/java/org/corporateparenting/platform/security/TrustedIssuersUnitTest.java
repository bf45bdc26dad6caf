package org.corporateparenting.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.corporateparenting.tenancy.IdentityProvider;
import org.corporateparenting.tenancy.IdentityProvider.RoleMapping;
import org.corporateparenting.tenancy.IdentityProviders;
import org.corporateparenting.tenancy.testing.FixedIdentityProviders;
import org.corporateparenting.web.CouncilPermissions;
import org.corporateparenting.web.CouncilPermissions.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * A council's own identity provider grants roles in that council only, never platform-wide ones; once its admins map
 * its groups, its tokens get the mapped roles and belong to that council.
 */
class TrustedIssuersUnitTest {

	static final String COUNCIL_ISSUER = "https://login.council.example/realms/council";

	static final String OTHER_ISSUER = "https://login.other.example/realms/other";

	static final Jwt TOKEN = token(claims -> claims.put("roles", List.of("OFFICER", "PLATFORM_ADMIN", "PARTNERSHIP_ANALYST")));

	static final IdentityProvider WALSALLS = new IdentityProvider("walsall", COUNCIL_ISSUER, "realm_access.roles",
			"cpp-api", List.of(new RoleMapping("viewers", Role.VIEWER, null),
					new RoleMapping("housing-team", Role.PARTNER, "housing")),
			Instant.now(), "walsall-admin", 1);

	/** The platform's audience is cpp-api; a council's trusted issuer whose tokens carry another is configured. */
	static final SecurityProperties PROPERTIES = new Binder(new MapConfigurationPropertySource(Map.of(
			"cpp.security.audience", "cpp-api", "cpp.security.issuer-audiences[0].issuer", OTHER_ISSUER,
			"cpp.security.issuer-audiences[0].audience", "api://cpp-other")))
		.bindOrCreate("cpp.security", SecurityProperties.class);

	@Test
	void aCouncilsIssuerCannotMakeAPlatformAdminOrAnAnalyst() {
		assertThat(GrantedRoles.of(authenticate(TOKEN, false, Optional.empty()))).containsExactly("ROLE_OFFICER");
	}

	@Test
	void thePlatformsOwnIssuerCan() {
		assertThat(GrantedRoles.of(authenticate(TOKEN, true, Optional.empty())))
			.containsExactlyInAnyOrder("ROLE_OFFICER", "ROLE_PLATFORM_ADMIN", "ROLE_PARTNERSHIP_ANALYST");
	}

	@Test
	void aCouncilProvidersTokenGetsTheMappedRolesNotItsRolesClaim() {
		Jwt token = token(claims -> {
			claims.put("roles", List.of("COUNCIL_ADMIN", "PLATFORM_ADMIN"));
			claims.put("organisation", "police");
			claims.put("realm_access", Map.of("roles", List.of("viewers", "housing-team")));
		});

		Authentication caller = authenticate(token, false, Optional.of(WALSALLS));

		assertThat(GrantedRoles.of(caller)).containsExactlyInAnyOrder("ROLE_VIEWER", "ROLE_PARTNER");
		Jwt principal = (Jwt) caller.getPrincipal();
		assertThat(principal.getClaimAsString("council")).isEqualTo("walsall");
		assertThat(CouncilPermissions.of(caller).organisation()).isEqualTo("housing");
	}

	@Test
	void aCouncilProvidersTokenNamingAnotherCouncilGetsNoRole() {
		Jwt token = token(claims -> {
			claims.put("council", "wirral");
			claims.put("realm_access", Map.of("roles", List.of("viewers")));
		});

		Authentication caller = authenticate(token, false, Optional.of(WALSALLS));

		assertThat(GrantedRoles.of(caller)).isEmpty();
		assertThat(((Jwt) caller.getPrincipal()).getClaimAsString("council")).isEqualTo("wirral");
	}

	@Test
	void aCouncilProvidersTokenWithNoMappedValueBelongsToItsCouncilWithNoRole() {
		Jwt token = token(claims -> {
			claims.put("council", "walsall");
			claims.put("realm_access", Map.of("roles", List.of("offline_access")));
		});

		Authentication caller = authenticate(token, false, Optional.of(WALSALLS));

		assertThat(GrantedRoles.of(caller)).isEmpty();
		assertThat(((Jwt) caller.getPrincipal()).getClaimAsString("council")).isEqualTo("walsall");
	}

	@Test
	void everyIssuersTokenMustCarryItsAudience() {
		Jwt forAnotherAudience = token(claims -> {
			claims.put("aud", List.of("account"));
			claims.put("roles", List.of("OFFICER"));
		});

		assertThatThrownBy(() -> authenticate(forAnotherAudience, true, Optional.empty()))
			.isInstanceOf(InvalidBearerTokenException.class)
			.hasMessage("it is not meant for this platform: its audience (account) does not include cpp-api");
		assertThatThrownBy(() -> authenticate(forAnotherAudience, false, Optional.empty()))
			.isInstanceOf(InvalidBearerTokenException.class);
		assertThat(PROPERTIES.audienceOf(OTHER_ISSUER)).isEqualTo("api://cpp-other");
		assertThat(PROPERTIES.audienceOf(COUNCIL_ISSUER)).isEqualTo("cpp-api");
	}

	@Test
	void aCouncilProviderWithNoAudienceOfItsOwnExpectsThePlatforms() {
		IdentityProvider noAudience = new IdentityProvider("walsall", COUNCIL_ISSUER, "realm_access.roles", null,
				WALSALLS.mappings(), Instant.now(), "walsall-admin", 1);
		Jwt keycloaksDefault = token(claims -> {
			claims.put("aud", List.of("account"));
			claims.put("realm_access", Map.of("roles", List.of("viewers")));
		});

		assertThatThrownBy(() -> authenticate(keycloaksDefault, false, Optional.of(noAudience)))
			.isInstanceOf(InvalidBearerTokenException.class)
			.hasMessageContaining("does not include cpp-api");
		Jwt aViewer = token(claims -> claims.put("realm_access", Map.of("roles", List.of("viewers"))));
		assertThat(GrantedRoles.of(authenticate(aViewer, false, Optional.of(noAudience))))
			.containsExactly("ROLE_VIEWER");
	}

	@Test
	void aCouncilProvidersTokenForAnotherAudienceIsRefused() {
		Jwt token = token(claims -> {
			claims.put("aud", List.of("account"));
			claims.put("realm_access", Map.of("roles", List.of("viewers")));
		});

		assertThatThrownBy(() -> authenticate(token, false, Optional.of(WALSALLS)))
			.isInstanceOf(InvalidBearerTokenException.class);
	}

	private static Authentication authenticate(Jwt token, boolean platform, Optional<IdentityProvider> provider) {
		IdentityProviders providers = new FixedIdentityProviders(provider.stream().toList());
		return TrustedIssuers.manager(ignored -> token, new TokenRoles(COUNCIL_ISSUER, platform, providers, PROPERTIES),
				Duration.ofSeconds(30))
			.authenticate(new BearerTokenAuthenticationToken("t"));
	}

	private static Jwt token(Consumer<Map<String, Object>> claims) {
		return Jwt.withTokenValue("t")
			.header("alg", "none")
			.issuer(COUNCIL_ISSUER)
			.subject("someone")
			.claim("aud", List.of("cpp-api"))
			.claims(claims)
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60))
			.build();
	}
}
