package org.corporateparenting.tenancy;

/**
 * Where a council is in its life on the platform. Only an {@link #ACTIVE} council's users reach its records.
 */
public enum CouncilStatus {

	/** Its schema is being created and migrated; nobody can use it yet. */
	PROVISIONING,

	/** In use. */
	ACTIVE,

	/** Its users are refused with a clear message; its records are kept untouched. */
	SUSPENDED,

	/** Its records were exported and its schema dropped; only the registry entry remains. */
	OFFBOARDED
}
