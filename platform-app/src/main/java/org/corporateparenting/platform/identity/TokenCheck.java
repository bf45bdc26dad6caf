package org.corporateparenting.platform.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.corporateparenting.tenancy.CouncilRequestFilter;
import org.corporateparenting.tenancy.IdentityProvider;
import org.corporateparenting.tenancy.IdentityProvider.Grant;
import org.corporateparenting.web.CouncilPermissions.Role;
import org.jspecify.annotations.Nullable;

/**
 * What the council's current settings would make of a pasted token: whether it comes from the council's identity
 * provider and is meant for the platform, the values found under the claim, which of them no mapping names, and the
 * roles (and partner organisation) the mappings give. The notes say in words what to fix.
 *
 * @param issuerMatches whether its issuer is the council's identity provider
 * @param audienceMatches whether its audience includes the one the council expects (or else the platform's);
 * {@code null} while the council has no provider
 * @param council the council its {@code council} claim names, if any (none means the provider's council)
 * @param claim where the groups were looked for
 * @param opensTheCouncil whether the platform would let it into the council with at least one role (its signature
 * and expiry aside)
 */
record TokenCheck(@Nullable String issuer, boolean issuerMatches, List<String> audience,
		@Nullable Boolean audienceMatches, @Nullable String council, String claim, List<String> groups,
		List<String> unmapped, Set<Role> roles, @Nullable String organisation, @Nullable Instant expiresAt,
		boolean opensTheCouncil, List<String> notes) {

	static TokenCheck of(String council, Optional<IdentityProvider> provider, String platformAudience,
			PastedToken token, Instant now) {
		String claim = provider.map(IdentityProvider::claim).orElse(IdentityProvider.DEFAULT_CLAIM);
		List<String> found = IdentityProvider.valuesAt(token.claims(), claim);
		Grant grant = provider.map(settings -> settings.grant(token.claims()))
			.orElseGet(() -> new Grant(found, found, Set.of(), null));
		boolean issuerMatches = provider.isPresent() && provider.get().issuer().equals(token.issuer());
		Boolean audienceMatches = provider.map(settings -> settings.accepts(token.audience(), platformAudience))
			.orElse(null);
		String named = token.claim(CouncilRequestFilter.COUNCIL_CLAIM);
		boolean councilMatches = named == null || named.equals(council);
		boolean opens = issuerMatches && !Boolean.FALSE.equals(audienceMatches) && councilMatches
				&& !grant.roles().isEmpty();

		List<String> notes = new ArrayList<>();
		if (provider.isEmpty()) {
			notes.add("The council has no identity provider yet: save one to see the roles its groups give.");
		}
		else if (!issuerMatches) {
			notes.add("Its issuer is not the council's identity provider (" + provider.get().issuer() + "), so the"
					+ " platform would not map its groups.");
		}
		if (Boolean.FALSE.equals(audienceMatches)) {
			notes.add("Its audience does not include " + provider.get().expectedAudience(platformAudience) + ", so the"
					+ " platform would refuse it. Ask the provider to issue tokens for the platform's API (in Keycloak,"
					+ " an audience mapper), or set the audience its tokens carry.");
		}
		if (!councilMatches) {
			notes.add("It names the council " + named + ", so it would not open this council.");
		}
		if (found.isEmpty()) {
			notes.add("It has nothing under " + claim + ". Check the claim's name, and that the provider puts it in"
					+ " access tokens.");
		}
		if (overage(token.claims())) {
			notes.add("Entra ID left the groups out because the person is in too many: map app roles (the roles"
					+ " claim), or send only the groups assigned to the application.");
		}
		if (provider.isPresent() && !found.isEmpty() && grant.roles().isEmpty()) {
			notes.add("None of its values is mapped, so it would get no role.");
		}
		if (token.expiresAt() != null && token.expiresAt().isBefore(now)) {
			notes.add("It has expired; this is what it would have been given.");
		}
		return new TokenCheck(token.issuer(), issuerMatches, token.audience(), audienceMatches, named, claim,
				grant.groups(), grant.unmapped(), grant.roles(), grant.organisation(), token.expiresAt(), opens,
				List.copyOf(notes));
	}

	/** Entra ID's sign that a person's groups did not fit in the token: a pointer to them instead. */
	private static boolean overage(Map<String, Object> claims) {
		return claims.get("_claim_names") instanceof Map<?, ?> names && names.containsKey("groups");
	}
}
