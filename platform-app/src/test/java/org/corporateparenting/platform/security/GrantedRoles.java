package org.corporateparenting.platform.security;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The roles a test's authentication was granted, leaving out what Spring Security adds of its own. */
final class GrantedRoles {

	private GrantedRoles() {
	}

	/** Spring Security also notes how the caller authenticated (a {@code FACTOR_...} authority). */
	static List<String> of(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith("ROLE_"))
			.toList();
	}
}
