package org.corporateparenting.tenancy.registry;

import org.corporateparenting.tenancy.database.SchemaNames;

/** The registry's tables, always named with the platform schema, so they read the same from any connection. */
record RegistryTables(String council, String issuer, String partnership, String member, String change,
		String identityProvider, String identityProviderMapping, String identityProviderHistory) {

	static RegistryTables in(SchemaNames schemaNames) {
		String platform = schemaNames.platform();
		return new RegistryTables(platform + ".council", platform + ".council_trusted_issuer",
				platform + ".partnership", platform + ".partnership_member", platform + ".registry_change",
				platform + ".identity_provider", platform + ".identity_provider_mapping",
				platform + ".identity_provider_history");
	}
}
