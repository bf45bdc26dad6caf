package org.corporateparenting.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/** A council's own identity provider grants roles in that council only, never platform-wide ones. */
class TrustedIssuersUnitTest {

	static final Jwt TOKEN = Jwt.withTokenValue("t")
		.header("alg", "none")
		.issuer("https://login.council.example/realms/council")
		.subject("someone")
		.claim("council", "walsall")
		.claim("roles", List.of("OFFICER", "PLATFORM_ADMIN", "PARTNERSHIP_ANALYST"))
		.issuedAt(Instant.now())
		.expiresAt(Instant.now().plusSeconds(60))
		.build();

	@Test
	void aCouncilsIssuerCannotMakeAPlatformAdminOrAnAnalyst() {
		Authentication council = TrustedIssuers.manager(token -> TOKEN, false)
			.authenticate(new BearerTokenAuthenticationToken("t"));
		assertThat(roles(council)).containsExactly("ROLE_OFFICER");
	}

	@Test
	void thePlatformsOwnIssuerCan() {
		Authentication platform = TrustedIssuers.manager(token -> TOKEN, true)
			.authenticate(new BearerTokenAuthenticationToken("t"));
		assertThat(roles(platform)).containsExactlyInAnyOrder("ROLE_OFFICER", "ROLE_PLATFORM_ADMIN", "ROLE_PARTNERSHIP_ANALYST");
	}

	/** The roles granted (Spring Security adds authorities of its own, such as how the caller authenticated). */
	private static java.util.List<String> roles(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith("ROLE_"))
			.toList();
	}
}
