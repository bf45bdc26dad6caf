package org.corporateparenting.strategy;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Strategy actions as other modules may name them: by the council's own reference (unique within the council),
 * such as a "you said, we did" response pointing at the action that delivers it. Called in the current council's
 * context.
 */
public interface StrategyActions {

	Optional<ActionSummary> byReference(String reference);

	/** The actions with any of these references, by reference, found in one go; unknown ones are left out. */
	Map<String, ActionSummary> byReferences(Collection<String> references);

	/**
	 * @param rag the action's red, amber or green rating today, if it has one
	 * @param path where its page is, below {@code /councils/{council}}
	 */
	record ActionSummary(long id, String reference, String title, ActionStatus status, @Nullable Rag rag,
			String path) {
	}
}
