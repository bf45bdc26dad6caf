package org.corporateparenting.alliance.application;

import java.util.Set;
import java.util.stream.Collectors;

import org.corporateparenting.alliance.domain.PartnerOrganisation;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.ClaimAccessor;

/**
 * Who is asking, as far as the alliance cares: their name, and whether they are a partner who may see and update
 * only the actions and pledges of their own organisation (the one in their token's {@code organisation} claim).
 */
public record Caller(String name, boolean partnerOnly, boolean editsAll, @Nullable String organisationKey) {

	public static final String ORGANISATION_CLAIM = "organisation";

	private static final Set<String> COUNCIL_WIDE = Set.of("ROLE_OFFICER", "ROLE_COUNCIL_ADMIN", "ROLE_BOARD_MEMBER",
			"ROLE_VIEWER");

	private static final Set<String> EDITORS = Set.of("ROLE_OFFICER", "ROLE_COUNCIL_ADMIN");

	public static Caller of(Authentication authentication) {
		Set<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		boolean partnerOnly = roles.contains("ROLE_PARTNER") && roles.stream().noneMatch(COUNCIL_WIDE::contains);
		String organisation = authentication.getPrincipal() instanceof ClaimAccessor claims
				? claims.getClaimAsString(ORGANISATION_CLAIM) : null;
		boolean editsAll = roles.stream().anyMatch(EDITORS::contains);
		return new Caller(authentication.getName(), partnerOnly, editsAll, organisation);
	}

	/** Someone signed in to nothing: sees no organisation's actions or pledges. */
	public static Caller nobody() {
		return new Caller("nobody", true, false, null);
	}

	/** Officers and others with council-wide roles, for code that acts on the council's behalf (imports). */
	public static Caller council(String name) {
		return new Caller(name, false, true, null);
	}

	/** Whether this caller sees the actions and pledges of the organisation. */
	public boolean covers(PartnerOrganisation organisation) {
		return !partnerOnly || organisation.getKey().equals(organisationKey);
	}

	/**
	 * Whether this caller may report progress on the organisation's actions and pledges: officers and council admins
	 * on any; anyone else (a partner, also one who sits on the board) only on their own organisation's.
	 */
	public boolean reportsFor(PartnerOrganisation organisation) {
		return editsAll || organisation.getKey().equals(organisationKey);
	}
}
