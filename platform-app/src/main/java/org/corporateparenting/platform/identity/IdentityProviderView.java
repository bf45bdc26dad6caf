package org.corporateparenting.platform.identity;

import java.time.Instant;
import java.util.List;

import org.corporateparenting.tenancy.IdentityProvider;
import org.corporateparenting.tenancy.IdentityProvider.RoleMapping;
import org.jspecify.annotations.Nullable;

/**
 * A council's identity provider as its admins read it. A council that has none yet reads as not configured, at
 * version 0, with the {@code roles} claim it would start from, so the first save quotes a version like every other.
 */
record IdentityProviderView(String council, boolean configured, @Nullable String issuer, String claim,
		@Nullable String audience, List<RoleMapping> mappings, @Nullable Instant updatedAt, @Nullable String updatedBy,
		long version) {

	static IdentityProviderView of(IdentityProvider provider) {
		return new IdentityProviderView(provider.council(), true, provider.issuer(), provider.claim(),
				provider.audience(), provider.mappings(), provider.updatedAt(), provider.updatedBy(),
				provider.version());
	}

	static IdentityProviderView none(String council) {
		return new IdentityProviderView(council, false, null, IdentityProvider.DEFAULT_CLAIM, null, List.of(), null,
				null, 0);
	}
}
