package org.corporateparenting.alliance.application;

import java.util.Set;

import org.corporateparenting.alliance.domain.PartnerOrganisation;
import org.corporateparenting.web.CouncilPermissions;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * Who is asking, as far as the alliance cares: their name and what they may do ({@link CouncilPermissions}), above
 * all whether they are a partner who sees and updates only the actions and pledges of their own organisation (the
 * one in their token's {@code organisation} claim).
 */
public record Caller(String name, CouncilPermissions may) {

	public static final String ORGANISATION_CLAIM = CouncilPermissions.ORGANISATION_CLAIM;

	public static Caller of(Authentication authentication) {
		return new Caller(authentication.getName(), CouncilPermissions.of(authentication));
	}

	/** Someone signed in to nothing: sees no organisation's actions or pledges. */
	public static Caller nobody() {
		return new Caller("nobody", CouncilPermissions.none());
	}

	/** Acting on the council's behalf, as an officer does (imports). */
	public static Caller council(String name) {
		return new Caller(name, CouncilPermissions.of(Set.of("ROLE_OFFICER"), null));
	}

	public boolean partnerOnly() {
		return may.partnerOnly();
	}

	public @Nullable String organisationKey() {
		return may.organisation();
	}

	/** Whether this caller sees the actions and pledges of the organisation. */
	public boolean covers(PartnerOrganisation organisation) {
		return may.sees(organisation.getKey());
	}

	/**
	 * Whether this caller may report progress on the organisation's actions and pledges: officers and council admins
	 * on any; anyone else (a partner, also one who sits on the board) only on their own organisation's.
	 */
	public boolean reportsFor(PartnerOrganisation organisation) {
		return may.reportsFor(organisation.getKey());
	}
}
