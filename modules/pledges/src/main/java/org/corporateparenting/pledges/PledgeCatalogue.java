package org.corporateparenting.pledges;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which pledges exist, for modules that name pledges by id (a strategy action delivering pledges). Called in the
 * current council's context.
 */
public interface PledgeCatalogue {

	/** The ids among these that are no pledge of the council, in any set; empty when all exist. */
	Set<Long> missing(Collection<Long> pledgeIds);

	/** The numbers of these pledges, by id; an id that is no pledge of the council is left out. */
	Map<Long, Integer> numbers(Collection<Long> pledgeIds);

	/**
	 * The pledge a file names by its number: the one in the set in force, or else in the newest set that has the
	 * number; empty when no set has it.
	 */
	Optional<Long> numbered(int number);
}
