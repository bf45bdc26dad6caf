package org.corporateparenting.alliance;

import java.util.Set;

import org.corporateparenting.tenancy.CouncilBundle;

/** The partner organisations a council's bundle brings, for modules whose files name them by key (an action's owner). */
public interface OrganisationFile {

	/** The alliance's file in a bundle. */
	String FILE = "alliance.yaml";

	/** The keys of the organisations in the bundle's alliance file; empty when it has none or it cannot be read. */
	Set<String> organisationKeys(CouncilBundle bundle);
}
