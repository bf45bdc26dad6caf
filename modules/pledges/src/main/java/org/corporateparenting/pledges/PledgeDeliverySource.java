package org.corporateparenting.pledges;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Work in other modules that delivers pledges, such as strategy actions that name the pledges they serve. Modules
 * that hold such work implement this, so the pledges module shows it without reaching into them. Called in the
 * current council's context.
 */
public interface PledgeDeliverySource {

	/** The work delivering each of the given pledges, by pledge id, found in one go. */
	Map<Long, List<DeliveringWork>> workDelivering(Collection<Long> pledgeIds);

	/**
	 * @param kind what the work is, such as "Strategy action"
	 * @param finished whether it is complete (or otherwise closed)
	 * @param rag its red, amber or green rating, if it has one
	 * @param path where its page is, below {@code /councils/{council}}
	 */
	record DeliveringWork(String kind, String reference, String title, String status, boolean finished, String rag,
			String path) {
	}
}
