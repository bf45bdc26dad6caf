package org.corporateparenting.platform.security;

import java.time.Duration;

import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A trusted issuer's discovery document or keys could not be fetched, so its tokens cannot be checked for now: the
 * provider's outage, not the caller's fault (503 with when to try again, never 401 or 500).
 */
final class IssuerUnavailableException extends JwtException {

	/** How long the platform waits before asking an issuer that could not be reached again, and callers are told to. */
	static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	IssuerUnavailableException(String issuer, Throwable cause) {
		super("The identity provider " + issuer + " cannot be reached for its signing keys (" + cause.getMessage()
				+ "), so its tokens cannot be checked. Try again in a few seconds.", cause);
	}
}
