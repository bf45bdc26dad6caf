package org.corporateparenting.platform.security;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jwt.JWTParser;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Sends each bearer token to the check of the issuer it names ({@link TrustedIssuers}), as Spring Security's
 * {@code JwtIssuerAuthenticationManagerResolver} does, but reads a token's issuer once rather than on every call: the
 * issuer of each token read is remembered for as long as {@link VerifiedTokens} remembers a checked token. What is
 * remembered is only what the token's own text says; the token is still checked by its issuer's decoder every time.
 */
final class IssuerOfTokens implements AuthenticationManagerResolver<HttpServletRequest>, AuthenticationManager {

	private final AuthenticationManagerResolver<String> issuers;

	private final Cache<String, String> read;

	IssuerOfTokens(AuthenticationManagerResolver<String> issuers, Duration keptFor) {
		this.issuers = issuers;
		this.read = Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(keptFor).build();
	}

	@Override
	public AuthenticationManager resolve(HttpServletRequest request) {
		return this;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		if (!(authentication instanceof BearerTokenAuthenticationToken bearer)) {
			throw new IllegalArgumentException("Only bearer tokens are checked here");
		}
		AuthenticationManager manager = issuers.resolve(read.get(bearer.getToken(), IssuerOfTokens::issuerOf));
		if (manager == null) {
			throw new InvalidBearerTokenException("Invalid issuer");
		}
		return manager.authenticate(authentication);
	}

	/** The token's {@code iss} claim, read without checking the token; the issuer's decoder checks it. */
	private static String issuerOf(String token) {
		String issuer;
		try {
			issuer = JWTParser.parse(token).getJWTClaimsSet().getIssuer();
		}
		catch (Exception unreadable) {
			throw new InvalidBearerTokenException(unreadable.getMessage(), unreadable);
		}
		if (issuer == null) {
			throw new InvalidBearerTokenException("Missing issuer");
		}
		return issuer;
	}
}
