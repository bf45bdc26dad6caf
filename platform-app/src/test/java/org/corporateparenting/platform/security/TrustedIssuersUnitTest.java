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
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * A council's own identity provider grants roles in that council only, never platform-wide ones; once its admins map
 * its groups, its tokens get the mapped roles and belong to that council.
 */
class TrustedIssuersUnitTest {

	static final String COUNCIL_ISSUER = "https://login.council.example/realms/council";

	static final Jwt TOKEN = token(claims -> claims.put("roles", List.of("OFFICER", "PLATFORM_ADMIN", "PARTNERSHIP_ANALYST")));

	static final IdentityProvider WALSALLS = new IdentityProvider("walsall", COUNCIL_ISSUER, "realm_access.roles",
			"cpp-api", List.of(new RoleMapping("viewers", Role.VIEWER, null),
					new RoleMapping("housing-team", Role.PARTNER, "housing")),
			Instant.now(), "walsall-admin", 1);

	@Test
	void aCouncilsIssuerCannotMakeAPlatformAdminOrAnAnalyst() {
		assertThat(roles(authenticate(TOKEN, false, Optional.empty()))).containsExactly("ROLE_OFFICER");
	}

	@Test
	void thePlatformsOwnIssuerCan() {
		assertThat(roles(authenticate(TOKEN, true, Optional.empty())))
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

		assertThat(roles(caller)).containsExactlyInAnyOrder("ROLE_VIEWER", "ROLE_PARTNER");
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

		assertThat(roles(caller)).isEmpty();
		assertThat(((Jwt) caller.getPrincipal()).getClaimAsString("council")).isEqualTo("wirral");
	}

	@Test
	void aCouncilProvidersTokenWithNoMappedValueBelongsToItsCouncilWithNoRole() {
		Jwt token = token(claims -> {
			claims.put("council", "walsall");
			claims.put("realm_access", Map.of("roles", List.of("offline_access")));
		});

		Authentication caller = authenticate(token, false, Optional.of(WALSALLS));

		assertThat(roles(caller)).isEmpty();
		assertThat(((Jwt) caller.getPrincipal()).getClaimAsString("council")).isEqualTo("walsall");
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
		return TrustedIssuers.manager(ignored -> token, new TokenRoles(COUNCIL_ISSUER, platform, providers),
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

	/** The roles granted (Spring Security adds authorities of its own, such as how the caller authenticated). */
	private static List<String> roles(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith("ROLE_"))
			.toList();
	}
}
