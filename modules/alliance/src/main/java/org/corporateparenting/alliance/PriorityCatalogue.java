package org.corporateparenting.alliance;

import java.util.List;
import java.util.Optional;

/**
 * The strategy priorities a meeting may be themed on (Wirral themes each board meeting on one). The module that
 * holds priorities implements this, so meetings name a priority without this module depending on it. Called in
 * the current council's context.
 */
public interface PriorityCatalogue {

	/** The priorities of the council's strategies in force or in draft, in their order. */
	List<PriorityOption> priorities();

	default Optional<PriorityOption> priority(long id) {
		return priorities().stream().filter(option -> option.id() == id).findFirst();
	}

	/** @param label how the priority is shown, such as "2. Independence and transition to adulthood" */
	record PriorityOption(long id, String label) {
	}
}
