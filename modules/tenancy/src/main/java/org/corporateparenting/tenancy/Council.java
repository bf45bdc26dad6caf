package org.corporateparenting.tenancy;

import java.time.Instant;
import java.util.List;

/**
 * A council on the platform, as other modules and the admin API see it.
 *
 * @param slug the council's short name in URLs and tokens, such as {@code walsall}
 * @param name its full name, such as {@code Walsall Council}
 * @param onsCode its ONS local authority code, such as {@code E08000030}
 * @param region the English region it belongs to
 * @param status where it is in its life on the platform
 * @param partnerships the slugs of the partnerships it belongs to
 * @param trustedIssuers identity issuers whose tokens its users sign in with
 * @param version the version an update must quote, so a stale update is refused
 */
public record Council(String slug, String name, String onsCode, String region, CouncilStatus status,
		List<String> partnerships, List<String> trustedIssuers, Instant createdAt, Instant updatedAt, long version) {
}
