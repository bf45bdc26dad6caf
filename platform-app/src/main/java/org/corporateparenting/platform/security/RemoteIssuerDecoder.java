package org.corporateparenting.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestTemplate;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.RemoteKeySourceException;

/**
 * A trusted issuer's tokens, checked with the keys its discovery document points to. The document is read on the
 * issuer's first token rather than when the platform first hears of the issuer, and read again on a later token if
 * the provider could not be reached; the keys are used for {@code keysKeptFor} and then fetched again, so a key the
 * provider withdraws stops being honoured within that time (Nimbus's own cache would keep it five minutes). While the
 * document or keys cannot be fetched, a token fails as {@link IssuerUnavailableException}, and the provider is left
 * alone for {@link IssuerUnavailableException#RETRY_AFTER} rather than asked by every request.
 */
final class RemoteIssuerDecoder implements JwtDecoder {

	private static final Logger log = LoggerFactory.getLogger(RemoteIssuerDecoder.class);

	/** A provider that does not answer within this is taken as down; the request waiting on it is a person's. */
	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final String issuer;

	private final Duration keysKeptFor;

	private final Clock clock;

	private volatile JwtDecoder decoder;

	private volatile Instant unreachableUntil = Instant.MIN;

	RemoteIssuerDecoder(String issuer, Duration keysKeptFor, Clock clock) {
		this.issuer = issuer;
		this.keysKeptFor = keysKeptFor;
		this.clock = clock;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		if (clock.instant().isBefore(unreachableUntil)) {
			throw new IssuerUnavailableException(issuer, new IllegalStateException("it did not answer just now"));
		}
		JwtDecoder ready = decoder;
		try {
			return (ready != null ? ready : discovered()).decode(token);
		}
		catch (JwtException ex) {
			if (ex instanceof IssuerUnavailableException || !(ex.getCause() instanceof RemoteKeySourceException)) {
				throw ex;
			}
			throw unreachable(ex.getCause());
		}
	}

	private synchronized JwtDecoder discovered() {
		if (decoder != null) {
			return decoder;
		}
		try {
			SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
			requests.setConnectTimeout(TIMEOUT);
			requests.setReadTimeout(TIMEOUT);
			decoder = NimbusJwtDecoder.withIssuerLocation(issuer)
				.restOperations(new RestTemplate(requests))
				.cache(new CaffeineCache("keys of " + issuer,
						Caffeine.newBuilder().expireAfterWrite(keysKeptFor).build()))
				.build();
			return decoder;
		}
		catch (RuntimeException ex) {
			throw unreachable(ex);
		}
	}

	private IssuerUnavailableException unreachable(Throwable cause) {
		unreachableUntil = clock.instant().plus(IssuerUnavailableException.RETRY_AFTER);
		log.warn("The identity provider {} cannot be reached for its keys: {}", issuer, cause.getMessage());
		return new IssuerUnavailableException(issuer, cause);
	}
}
