package org.corporateparenting.tenancy;

import java.util.List;
import java.util.Optional;

/**
 * Looks councils and partnerships up in the platform registry. Safe to call from inside or outside any council's
 * context: the registry lives in the platform schema.
 */
public interface Councils {

	Optional<Council> find(String slug);

	/** Every council, in name order. */
	List<Council> all();

	/**
	 * Runs the work once for each active council, in that council's context: how scheduled jobs, which belong to
	 * no council, do a council's work. One council's failure is logged and does not cost the others their turn;
	 * once all have run, the first failure is thrown.
	 */
	<E extends Exception> void forEachActive(CouncilContext.Work<E> work) throws E;

	Optional<Partnership> findPartnership(String slug);

	List<Partnership> partnerships();
}
