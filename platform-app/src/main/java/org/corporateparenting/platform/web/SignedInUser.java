package org.corporateparenting.platform.web;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.corporateparenting.platform.security.Roles;
import org.corporateparenting.tenancy.Council;
import org.corporateparenting.web.CouncilPermissions;
import org.corporateparenting.web.PersonName;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.ClaimAccessor;

/** Who is signed in, as the pages show it: their name, council and roles. */
public record SignedInUser(String name, @Nullable String council, @Nullable String councilName,
		@Nullable String partnership, Set<String> roles) {

	static @Nullable SignedInUser of(@Nullable Authentication authentication, java.util.function.Function<String, @Nullable Council> councils) {
		if (authentication == null || !authentication.isAuthenticated()
				|| !(authentication.getPrincipal() instanceof ClaimAccessor claims)) {
			return null;
		}
		String council = claims.getClaimAsString("council");
		Council found = council == null ? null : councils.apply(council);
		Set<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(a -> a.startsWith("ROLE_"))
			.map(a -> a.substring(5))
			.collect(Collectors.toSet());
		return new SignedInUser(PersonName.of(authentication), council, found == null ? council : found.name(),
				claims.getClaimAsString("partnership"), roles);
	}

	public boolean platformAdmin() {
		return roles.contains(Roles.PLATFORM_ADMIN);
	}

	/** Whether their sign-in gives them any of their council's roles (without one, the council's pages are closed). */
	public boolean councilRole() {
		return Stream.of(CouncilPermissions.Role.values()).map(Enum::name).anyMatch(roles::contains);
	}

	/** Whether they read what the council keeps for itself as a whole (not a partner only): its evidence for inspection. */
	public boolean readsCouncilWide() {
		return CouncilPermissions.of(roles.stream().map(role -> "ROLE_" + role).toList(), null).readsCouncilWide();
	}

	public String roleNames() {
		if (roles.isEmpty()) {
			return "no role";
		}
		return roles.stream()
			.sorted()
			.map(role -> role.replace('_', ' ').toLowerCase())
			.collect(Collectors.joining(", "));
	}
}
