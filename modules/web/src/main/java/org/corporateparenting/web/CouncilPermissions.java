package org.corporateparenting.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.ClaimAccessor;

/**
 * What the signed-in person may do in a council, worked out in this one place from their council roles: controllers
 * check it ({@link Access} for {@code @PreAuthorize}), services ask it, and every council page has it as
 * {@code may}. Everyone with a council role reads the council's records; a partner alone reads only their own
 * organisation's actions and pledges.
 *
 * @param edit change strategies, actions, pledges, the alliance, consultations and indicators
 * @param approve move strategies and pledge sets on, approve terms of reference and board packs
 * @param reportProgress report progress on allocated actions and partners' pledges (a partner only for their own
 * organisation, see {@link #partnerOnly})
 * @param administer look after the council's own settings on the platform
 * @param partnerOnly a partner with no council-wide role: sees and reports on their own organisation's records only
 * @param organisation the partner organisation's key from the token's {@code organisation} claim, if any
 */
public record CouncilPermissions(boolean read, boolean edit, boolean approve, boolean reportProgress,
		boolean administer, boolean partnerOnly, @Nullable String organisation) {

	/** The token claim naming a partner's organisation by its key. */
	public static final String ORGANISATION_CLAIM = "organisation";

	/** The council roles, as the sign-in and councils' identity providers give them. */
	public enum Role implements Labelled {

		COUNCIL_ADMIN, OFFICER, BOARD_MEMBER, VIEWER, PARTNER;

		/** The roles that see every record of the council. */
		static final Set<Role> COUNCIL_WIDE = EnumSet.of(COUNCIL_ADMIN, OFFICER, BOARD_MEMBER, VIEWER);

		@Override
		public String label() {
			return switch (this) {
				case COUNCIL_ADMIN -> "Council admin";
				case OFFICER -> "Officer";
				case BOARD_MEMBER -> "Board member";
				case VIEWER -> "Viewer";
				case PARTNER -> "Partner";
			};
		}
	}

	/** The permission table: which roles grant each permission. */
	private static final Set<Role> EDITORS = EnumSet.of(Role.COUNCIL_ADMIN, Role.OFFICER);

	private static final Set<Role> APPROVERS = EnumSet.of(Role.COUNCIL_ADMIN, Role.OFFICER, Role.BOARD_MEMBER);

	private static final Set<Role> REPORTERS = EnumSet.of(Role.COUNCIL_ADMIN, Role.OFFICER, Role.PARTNER);

	private static final Set<Role> ADMINISTRATORS = EnumSet.of(Role.COUNCIL_ADMIN);

	private static final CouncilPermissions NONE = new CouncilPermissions(false, false, false, false, false, false,
			null);

	/** Someone signed in to nothing, or not signed in: no permission at all. */
	public static CouncilPermissions none() {
		return NONE;
	}

	public static CouncilPermissions of(@Nullable Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return NONE;
		}
		String organisation = authentication.getPrincipal() instanceof ClaimAccessor claims
				? claims.getClaimAsString(ORGANISATION_CLAIM) : null;
		return of(authorities(authentication), organisation);
	}

	/** The council roles the signed-in person holds, in the table's order (none for a platform admin or analyst). */
	public static Set<Role> roles(@Nullable Authentication authentication) {
		return authentication == null || !authentication.isAuthenticated() ? Set.of()
				: roles(authorities(authentication));
	}

	/** From Spring Security authorities ({@code ROLE_OFFICER} and so on) and the organisation claim. */
	public static CouncilPermissions of(Collection<String> authorities, @Nullable String organisation) {
		Set<Role> roles = roles(authorities);
		if (roles.isEmpty()) {
			return NONE;
		}
		boolean councilWide = roles.stream().anyMatch(Role.COUNCIL_WIDE::contains);
		return new CouncilPermissions(true, grants(roles, EDITORS), grants(roles, APPROVERS),
				grants(roles, REPORTERS), grants(roles, ADMINISTRATORS), !councilWide,
				organisation == null || organisation.isBlank() ? null : organisation);
	}

	private static Set<String> authorities(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
	}

	private static Set<Role> roles(Collection<String> authorities) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(Role.values())
			.filter(role -> authorities.contains("ROLE_" + role.name()))
			.forEach(roles::add);
		return roles;
	}

	private static boolean grants(Set<Role> roles, Set<Role> granting) {
		return roles.stream().anyMatch(granting::contains);
	}

	/**
	 * Whether this person reports progress for an organisation's actions and pledges: editors for any organisation;
	 * anyone else who reports (a partner, also one on the board) only for their own.
	 */
	public boolean reportsFor(String organisationKey) {
		return edit || reportProgress && organisationKey.equals(organisation);
	}

	/** Whether this person sees an organisation's actions and pledges. */
	public boolean sees(String organisationKey) {
		return read && (!partnerOnly || organisationKey.equals(organisation));
	}

	/**
	 * Whether this person reads what the council keeps for itself as a whole (its evidence for inspection, the board's annual report): anyone with
	 * a council-wide role, not a partner, who sees only their own organisation's records.
	 */
	public boolean readsCouncilWide() {
		return read && !partnerOnly;
	}
}
