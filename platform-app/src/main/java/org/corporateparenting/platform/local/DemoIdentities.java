package org.corporateparenting.platform.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.corporateparenting.platform.security.Roles;
import org.corporateparenting.tenancy.CouncilStatus;
import org.corporateparenting.tenancy.Councils;
import org.jspecify.annotations.Nullable;

/**
 * The demo clients and users of the local profile, derived from the registry so that a council onboarded later
 * has them too: {@code <council>-officer}, {@code -board-member}, {@code -partner}, {@code -admin},
 * {@code -viewer}, {@code platform-admin} and {@code <partnership>-analyst}; and {@code <council>-member}, someone
 * of the council to whom it has given no role in the platform (as every member of a council's own realm carries
 * the council), who may sign in but is shown nothing of the council. Each council's partner belongs to
 * the partner organisation whose key is {@code cpp.local.partner-organisation} ({@code housing} by default).
 */
class DemoIdentities {

	static final String PLATFORM_ADMIN = "platform-admin";

	/** The suffix of a council's member with no role; read after the roles' suffixes (one ends the same way). */
	static final String MEMBER = "-member";

	/** Suffix to role; longer suffixes first so {@code -board-member} is not read as {@code -member}. */
	static final Map<String, String> COUNCIL_ROLES = new LinkedHashMap<>();

	static {
		COUNCIL_ROLES.put("-board-member", Roles.BOARD_MEMBER);
		COUNCIL_ROLES.put("-officer", Roles.OFFICER);
		COUNCIL_ROLES.put("-partner", Roles.PARTNER);
		COUNCIL_ROLES.put("-admin", Roles.COUNCIL_ADMIN);
		COUNCIL_ROLES.put("-viewer", Roles.VIEWER);
	}

	private final Councils councils;

	private final String partnerOrganisation;

	DemoIdentities(Councils councils, String partnerOrganisation) {
		this.councils = councils;
		this.partnerOrganisation = partnerOrganisation;
	}

	Optional<DemoIdentity> find(String name) {
		if (PLATFORM_ADMIN.equals(name)) {
			return Optional.of(new DemoIdentity(name, null, null, null, List.of(Roles.PLATFORM_ADMIN), null));
		}
		for (var suffix : COUNCIL_ROLES.entrySet()) {
			if (name.endsWith(suffix.getKey())) {
				String council = name.substring(0, name.length() - suffix.getKey().length());
				return councils.find(council)
					.filter(found -> found.status() != CouncilStatus.OFFBOARDED)
					.map(found -> new DemoIdentity(name, council, null,
							Roles.PARTNER.equals(suffix.getValue()) ? partnerOrganisation : null,
							List.of(suffix.getValue()), mailbox(council, suffix.getValue())));
			}
		}
		if (name.endsWith(MEMBER)) {
			String council = name.substring(0, name.length() - MEMBER.length());
			return councils.find(council)
				.filter(found -> found.status() != CouncilStatus.OFFBOARDED)
				.map(found -> new DemoIdentity(name, council, null, null, List.of(), null));
		}
		if (name.endsWith("-analyst")) {
			String partnership = name.substring(0, name.length() - "-analyst".length());
			return councils.findPartnership(partnership)
				.map(found -> new DemoIdentity(name, null, partnership, null, List.of(Roles.PARTNERSHIP_ANALYST), null));
		}
		return Optional.empty();
	}

	/**
	 * The role mailbox a demo person reads, as the demo councils' files name owners: the officer works in the
	 * corporate parenting team (so Walsall's officer gets the reminders of the actions that team owns), a partner
	 * reads their organisation's mailbox.
	 */
	private String mailbox(String council, String role) {
		String box = switch (role) {
			case Roles.OFFICER -> "corporate.parenting";
			case Roles.PARTNER -> partnerOrganisation;
			case Roles.COUNCIL_ADMIN -> "platform.support";
			case Roles.BOARD_MEMBER -> "corporate.parenting.board";
			default -> "corporate.parenting.viewer";
		};
		return box + "@" + council + ".example";
	}

	/**
	 * Who a demo client or user is: the claims its tokens carry.
	 *
	 * @param organisation the key of the partner organisation a partner belongs to
	 * @param email the role mailbox they read ({@code email} claim), where the council's reminders reach them
	 */
	record DemoIdentity(String name, @Nullable String council, @Nullable String partnership,
			@Nullable String organisation, List<String> roles, @Nullable String email) {
	}
}
