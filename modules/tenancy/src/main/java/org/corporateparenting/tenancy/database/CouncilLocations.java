package org.corporateparenting.tenancy.database;

/**
 * Finds where a council's schema is. A council's schema and shard never change once it is registered, so
 * implementations may remember them.
 */
public interface CouncilLocations {

	/** @throws IllegalArgumentException when no such council is registered */
	CouncilLocation locate(String slug);
}
