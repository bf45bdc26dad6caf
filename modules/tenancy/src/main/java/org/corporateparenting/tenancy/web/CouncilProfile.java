package org.corporateparenting.tenancy.web;

import java.time.Instant;
import java.util.List;

import org.corporateparenting.tenancy.Council;
import org.corporateparenting.tenancy.CouncilStatus;
import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A council as its own people read it: its partnerships, and the identity issuers it trusts only for its admins, who
 * set up its sign-in; never where the platform keeps it (its schema, its database server).
 */
@Schema(name = "CouncilProfile")
record CouncilProfile(String slug, String name, String onsCode, String region, CouncilStatus status,
		List<String> partnerships,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "For the council's admins only") @Nullable List<String> trustedIssuers,
		Instant createdAt, Instant updatedAt, long version) {

	static CouncilProfile of(Council council, boolean administers) {
		return new CouncilProfile(council.slug(), council.name(), council.onsCode(), council.region(), council.status(),
				council.partnerships(), administers ? council.trustedIssuers() : null, council.createdAt(),
				council.updatedAt(), council.version());
	}
}
