package org.corporateparenting.platform.web;

import java.util.List;

import org.corporateparenting.web.Choice;
import org.jspecify.annotations.Nullable;

/**
 * A signed-in council person as their profile shows them, from their token's claims.
 *
 * @param name their name as the platform shows them everywhere ({@code name}, else {@code preferred_username}, else
 *     their subject: {@link org.corporateparenting.web.PersonName})
 * @param email where reminders reach them (the standard {@code email} claim, or a {@code preferred_username} that is
 *     an address); null when the sign-in carries none
 * @param emailMissing what to ask for when the sign-in carries no address; null when it carries one
 * @param roles their council roles, each with the words pages show for it
 * @param issuer the identity provider that signed them in ({@code iss}); null for a session the platform signed in
 * @param signedInWith that provider in words: the platform's own sign-in, or the council's
 * @param subject who they are at that provider ({@code sub})
 */
public record Profile(String name, @Nullable String email, @Nullable String emailMissing, String council,
		String councilName, List<Choice> roles, @Nullable String issuer, String signedInWith,
		@Nullable String subject) {
}
