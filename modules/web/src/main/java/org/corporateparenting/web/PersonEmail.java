package org.corporateparenting.web;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClaimAccessor;

/**
 * The signed-in person's email address, from their token's standard claims: {@code email}, or else a
 * {@code preferred_username} that is an address (Entra ID's {@code upn}-like names). Lower-cased, as the platform keeps
 * addresses. Empty for a sign-in with neither, such as a script's client credentials.
 */
public final class PersonEmail {

	/** What a person whose sign-in carries no address is told, wherever the platform needs one. */
	public static final String MISSING = "Your sign-in carries no email address, so the platform cannot send you"
			+ " reminders: ask your identity provider's administrator to add the email claim";

	private PersonEmail() {
	}

	public static Optional<String> of(@Nullable Authentication authentication) {
		if (authentication == null || !(authentication.getPrincipal() instanceof ClaimAccessor claims)) {
			return Optional.empty();
		}
		String email = claims.getClaimAsString("email");
		if (email == null || !email.contains("@")) {
			email = claims.getClaimAsString("preferred_username");
		}
		return email == null || !email.contains("@") ? Optional.empty()
				: Optional.of(email.strip().toLowerCase(Locale.ROOT));
	}
}
