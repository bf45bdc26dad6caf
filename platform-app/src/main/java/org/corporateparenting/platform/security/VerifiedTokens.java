package org.corporateparenting.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Remembers, for a while ({@code cpp.security.verified-tokens-kept-for}, half a minute), the tokens an issuer's decoder
 * has verified, so a script making many calls with one token pays for its signature check (an RSA verification and two
 * JSON parses, about a sixth of a simple request's cost) once, not on every call. Only the very same token string is
 * answered from memory, and never once it has expired; a signing key an issuer withdraws stops being honoured within
 * this time after the decoder stops holding it.
 */
final class VerifiedTokens implements JwtDecoder {

	private final JwtDecoder decoder;

	private final Clock clock;

	private final Cache<String, Jwt> verified;

	VerifiedTokens(JwtDecoder decoder, Clock clock, Duration keptFor) {
		this.decoder = decoder;
		this.clock = clock;
		this.verified = Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(keptFor).build();
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt known = verified.getIfPresent(token);
		Instant now = clock.instant();
		if (known != null && (known.getExpiresAt() == null || known.getExpiresAt().isAfter(now))) {
			return known;
		}
		Jwt checked = decoder.decode(token);
		verified.put(token, checked);
		return checked;
	}
}
