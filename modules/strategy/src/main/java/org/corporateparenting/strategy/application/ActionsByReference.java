package org.corporateparenting.strategy.application;

import java.util.Optional;

import org.corporateparenting.strategy.StrategyActions;
import org.corporateparenting.strategy.domain.Actions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds the council's strategy actions by their reference for other modules. */
@Component
class ActionsByReference implements StrategyActions {

	private final Actions actions;

	private final ActionTracking tracking;

	ActionsByReference(Actions actions, ActionTracking tracking) {
		this.actions = actions;
		this.tracking = tracking;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ActionSummary> byReference(String reference) {
		return actions.findByReference(reference.strip())
			.map(action -> new ActionSummary(action.getId(), action.getReference(), action.getTitle(),
					action.getStatus(), action.rag(tracking.today()), "/actions/" + action.getId()));
	}
}
