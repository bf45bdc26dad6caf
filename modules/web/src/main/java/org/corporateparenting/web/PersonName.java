package org.corporateparenting.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClaimAccessor;

/**
 * How a signed-in person is named wherever the platform shows them (the header, history, updates, logs): by the
 * display name in their token's standard claims, {@code name}, or else {@code preferred_username}, the same for the
 * platform's sign-in and councils' identity providers. A sign-in with neither (a script's client credentials) is named
 * by its subject. The subject, which a provider never gives to anyone else, is kept beside the name where a change is
 * recorded for audit.
 */
public final class PersonName {

	private static final String SUBJECT = "sub";

	private PersonName() {
	}

	/** The name to show for whoever is signed in: their display name, or else what Spring Security calls them. */
	public static String of(@Nullable Authentication authentication) {
		if (authentication == null) {
			return "";
		}
		return authentication.getPrincipal() instanceof ClaimAccessor claims
				? fromClaims(claims.getClaims(), authentication.getName()) : authentication.getName();
	}

	/** The display name among these claims, or {@code otherwise} when they hold none. */
	public static String fromClaims(Map<String, Object> claims, String otherwise) {
		String claim = claimOf(claims);
		return claim.equals(SUBJECT) ? otherwise : claims.get(claim).toString().strip();
	}

	/** The claim that holds the display name among these claims, or the subject's when none does. */
	public static String claimOf(Map<String, Object> claims) {
		for (String claim : new String[] { "name", "preferred_username" }) {
			if (claims.get(claim) instanceof String name && !name.isBlank()) {
				return claim;
			}
		}
		return SUBJECT;
	}

	/** Who the person is to their identity provider: the token's subject, or else their name. */
	public static String subject(Authentication authentication) {
		return authentication.getPrincipal() instanceof ClaimAccessor claims
				&& claims.getClaims().get(SUBJECT) instanceof String subject && !subject.isBlank() ? subject
						: authentication.getName();
	}
}
