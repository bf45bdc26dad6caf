package org.corporateparenting.pledges;

import java.util.Collection;
import java.util.Set;

/**
 * Which pledges exist, for modules that name pledges by id (a strategy action delivering pledges). Called in the
 * current council's context.
 */
public interface PledgeCatalogue {

	/** The ids among these that are no pledge of the council, in any set; empty when all exist. */
	Set<Long> missing(Collection<Long> pledgeIds);
}
