package org.corporateparenting.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The platform's roles, as they travel in a token's {@code roles} claim and as Spring Security authorities. */
public final class Roles {

	public static final String CLAIM = "roles";

	public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

	public static final String COUNCIL_ADMIN = "COUNCIL_ADMIN";

	public static final String OFFICER = "OFFICER";

	public static final String BOARD_MEMBER = "BOARD_MEMBER";

	public static final String PARTNER = "PARTNER";

	public static final String VIEWER = "VIEWER";

	public static final String PARTNERSHIP_ANALYST = "PARTNERSHIP_ANALYST";

	/** Prometheus, scraping the metrics with its own credential; never a person's role. */
	public static final String METRICS = "METRICS";

	private Roles() {
	}

	/** Roles that reach beyond one council, which only the platform's own issuers may grant. */
	public static boolean isPlatformWide(GrantedAuthority authority) {
		return authority.getAuthority().equals("ROLE_" + PLATFORM_ADMIN)
				|| authority.getAuthority().equals("ROLE_" + PARTNERSHIP_ANALYST);
	}

	/** The authorities for a {@code roles} claim, which may be a list or a single space-separated string. */
	public static List<GrantedAuthority> authorities(Map<String, Object> claims) {
		Object roles = claims.get(CLAIM);
		Collection<?> names = roles instanceof Collection<?> list ? list
				: roles == null ? List.of() : List.of(roles.toString().split(" "));
		return names.stream()
			.map(Object::toString)
			.filter(name -> !name.isBlank() && !name.equals(METRICS))
			.<GrantedAuthority>map(name -> new SimpleGrantedAuthority("ROLE_" + name))
			.toList();
	}
}
