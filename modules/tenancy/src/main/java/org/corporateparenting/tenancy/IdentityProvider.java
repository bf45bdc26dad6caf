package org.corporateparenting.tenancy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corporateparenting.web.CouncilPermissions.Role;
import org.jspecify.annotations.Nullable;

/**
 * A council's own identity provider (its Entra ID tenant, its Keycloak realm), as the council's admins set it, and
 * how the groups or roles it puts in its tokens become the platform's council roles. A token with this issuer belongs
 * to this council and gets what the mappings give, never what a raw {@code roles} claim in it says: the council
 * decides in one place who is an officer, without asking its directory team to name groups after the platform.
 *
 * @param council the council's slug
 * @param issuer the {@code iss} of the provider's tokens, exactly as they carry it
 * @param claim where the groups or roles are in a token: a claim's name or a dotted path into nested claims
 * ({@code realm_access.roles})
 * @param audience what the tokens' {@code aud} must include; {@code null} for the platform's own audience
 * @param mappings which value under the claim gives which role, in the order the council listed them
 * @param updatedBy who saved this version
 * @param version the version a change must quote
 */
public record IdentityProvider(String council, String issuer, String claim, @Nullable String audience,
		List<RoleMapping> mappings, Instant updatedAt, String updatedBy, long version) {

	/** Where the platform has always read roles, and so where a council starts. */
	public static final String DEFAULT_CLAIM = "roles";

	public IdentityProvider {
		mappings = List.copyOf(mappings);
	}

	public Settings settings() {
		return new Settings(issuer, claim, audience, mappings);
	}

	/** The audience its tokens must carry: the council's, or else the platform's own. */
	public String expectedAudience(String platformAudience) {
		return audience != null ? audience : platformAudience;
	}

	/** Whether a token meant for these audiences is one this provider issues for the platform. */
	public boolean accepts(Collection<String> tokenAudience, String platformAudience) {
		return tokenAudience.contains(expectedAudience(platformAudience));
	}

	/**
	 * What a token with these claims is given: the roles of every mapping whose value is under the claim and, for a
	 * partner, the organisation of the first partner mapping that matches (a person acts for one organisation).
	 */
	public Grant grant(Map<String, Object> claims) {
		List<String> groups = valuesAt(claims, claim);
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Set<String> mapped = new LinkedHashSet<>();
		String organisation = null;
		for (RoleMapping mapping : mappings) {
			if (groups.contains(mapping.group())) {
				roles.add(mapping.role());
				mapped.add(mapping.group());
				if (mapping.role() == Role.PARTNER && organisation == null) {
					organisation = mapping.organisation();
				}
			}
		}
		List<String> unmapped = groups.stream().filter(group -> !mapped.contains(group)).toList();
		return new Grant(groups, unmapped, roles, organisation);
	}

	/**
	 * The values at a claim's path: a list, or one space-separated string (as some providers send scopes and roles).
	 * Each step of the path is first read as a whole claim name, so a name with dots in it
	 * ({@code https://example.org/roles}) is found as well as a nested one ({@code realm_access.roles}).
	 */
	public static List<String> valuesAt(Map<?, ?> claims, String path) {
		Object value = claims.get(path);
		if (value == null) {
			for (int dot = path.indexOf('.'); dot > 0; dot = path.indexOf('.', dot + 1)) {
				if (claims.get(path.substring(0, dot)) instanceof Map<?, ?> nested) {
					List<String> found = valuesAt(nested, path.substring(dot + 1));
					if (!found.isEmpty()) {
						return found;
					}
				}
			}
			return List.of();
		}
		List<String> values = new ArrayList<>();
		if (value instanceof Collection<?> list) {
			list.stream()
				.filter(item -> item instanceof String || item instanceof Number)
				.map(Object::toString)
				.forEach(values::add);
		}
		else if (value instanceof String text) {
			values.addAll(List.of(text.strip().split("\\s+")));
		}
		return values.stream().filter(item -> !item.isBlank()).distinct().toList();
	}

	/**
	 * One line of the council's table: people whose token carries {@code group} under the claim get {@code role}.
	 *
	 * @param group the value as the token carries it (a role's or group's name, an Entra ID group's object id)
	 * @param organisation for {@link Role#PARTNER}, the key of the partner organisation they act for
	 */
	public record RoleMapping(String group, Role role, @Nullable String organisation) {

		/** As the history shows it: {@code officers → OFFICER}, {@code housing-team → PARTNER (housing)}. */
		public String describe() {
			return group + " → " + role + (organisation == null ? "" : " (" + organisation + ")");
		}
	}

	/** What a council's admin sets: everything but who saved it, when, and the version. */
	public record Settings(String issuer, String claim, @Nullable String audience, List<RoleMapping> mappings) {

		public Settings {
			mappings = List.copyOf(mappings);
		}
	}

	/**
	 * @param groups every value found under the claim
	 * @param unmapped those no mapping names
	 * @param roles the roles the mappings give
	 * @param organisation the partner organisation, when a partner mapping gave the role
	 */
	public record Grant(List<String> groups, List<String> unmapped, Set<Role> roles, @Nullable String organisation) {
	}
}
