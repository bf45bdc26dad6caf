package org.corporateparenting.tenancy.registry;

import java.time.Instant;
import java.util.List;

import org.corporateparenting.tenancy.Council;
import org.corporateparenting.tenancy.CouncilStatus;
import org.corporateparenting.tenancy.database.CouncilLocation;

/** A council's row in the registry, with the parts only the tenancy module sees: where its schema is. */
public record CouncilRecord(long id, String slug, String name, String onsCode, String region, CouncilStatus status,
		String schemaName, String shard, String changelogVersion, List<String> trustedIssuers,
		List<String> partnerships, Instant createdAt, Instant updatedAt, long version) {

	public CouncilLocation location() {
		return new CouncilLocation(schemaName, shard);
	}

	public Council toCouncil() {
		return new Council(slug, name, onsCode, region, status, partnerships, trustedIssuers, createdAt, updatedAt,
				version);
	}
}
