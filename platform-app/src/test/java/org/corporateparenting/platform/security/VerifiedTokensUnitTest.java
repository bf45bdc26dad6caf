package org.corporateparenting.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensUnitTest {

	static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

	static final Duration KEPT_FOR = Duration.ofSeconds(30);

	AtomicInteger checks = new AtomicInteger();

	JwtDecoder issuer = token -> {
		checks.incrementAndGet();
		if (token.startsWith("forged")) {
			throw new BadJwtException("Signed with a key the issuer never had");
		}
		Instant expires = token.startsWith("expiring") ? NOW.plusSeconds(5) : NOW.plusSeconds(3600);
		return Jwt.withTokenValue(token).header("alg", "RS256").claim("sub", token).issuedAt(NOW.minusSeconds(60))
			.expiresAt(expires).build();
	};

	@Test
	void aTokenIsVerifiedOnceAndAnsweredFromMemoryAfter() {
		VerifiedTokens tokens = new VerifiedTokens(issuer, Clock.fixed(NOW, ZoneOffset.UTC), KEPT_FOR);

		assertThat(tokens.decode("officer").getSubject()).isEqualTo("officer");
		assertThat(tokens.decode("officer").getSubject()).isEqualTo("officer");
		assertThat(tokens.decode("viewer").getSubject()).isEqualTo("viewer");

		assertThat(checks).hasValue(2);
	}

	@Test
	void aTokenThatFailsIsCheckedEveryTimeAndNeverRemembered() {
		VerifiedTokens tokens = new VerifiedTokens(issuer, Clock.fixed(NOW, ZoneOffset.UTC), KEPT_FOR);

		assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);

		assertThat(checks).hasValue(2);
	}

	@Test
	void aRememberedTokenPastItsExpiryIsCheckedAgain() {
		VerifiedTokens early = new VerifiedTokens(issuer, Clock.fixed(NOW, ZoneOffset.UTC), KEPT_FOR);
		early.decode("expiring");
		VerifiedTokens tokens = new VerifiedTokens(issuer, Clock.fixed(NOW.plusSeconds(10), ZoneOffset.UTC), KEPT_FOR);
		tokens.decode("expiring");
		tokens.decode("expiring");

		assertThat(checks).as("each cache checked it once; a hit after expiry would be a defect").hasValue(3);
	}
}
