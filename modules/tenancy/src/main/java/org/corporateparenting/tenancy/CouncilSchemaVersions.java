package org.corporateparenting.tenancy;

/** How many councils' schemas are behind the changelog this release brings (a gauge for operators). */
public interface CouncilSchemaVersions {

	/** Councils with a schema (not offboarded) whose recorded changelog version is not the current one. */
	long behindCurrentChangelog();
}
