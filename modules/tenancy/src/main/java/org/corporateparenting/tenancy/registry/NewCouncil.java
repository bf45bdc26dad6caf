package org.corporateparenting.tenancy.registry;

import java.util.List;

/** What the registry records when a council is onboarded. */
public record NewCouncil(String slug, String name, String onsCode, String region, String schemaName, String shard,
		List<String> trustedIssuers) {
}
