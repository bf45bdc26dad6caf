package org.corporateparenting.pledges;

import java.util.Set;

import org.corporateparenting.tenancy.CouncilBundle;

/** The pledges a council's bundle brings, for modules whose files name them by number (a board's promise). */
public interface PledgeFile {

	/** The pledges' file in a bundle. */
	String FILE = "pledges.yaml";

	/** The numbers of the pledges in the bundle's pledges file; empty when it has none or it cannot be read. */
	Set<Integer> pledgeNumbers(CouncilBundle bundle);
}
