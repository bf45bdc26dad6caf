package org.corporateparenting.strategy.application;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.corporateparenting.strategy.StrategyActions;
import org.corporateparenting.strategy.domain.Action;
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
		return actions.findByReference(reference.strip()).map(this::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, ActionSummary> byReferences(Collection<String> references) {
		if (references.isEmpty()) {
			return Map.of();
		}
		return actions.findByReferenceIn(references)
			.stream()
			.collect(Collectors.toMap(Action::getReference, this::summary));
	}

	private ActionSummary summary(Action action) {
		return new ActionSummary(action.getId(), action.getReference(), action.getTitle(), action.getStatus(),
				action.rag(tracking.today()), "/actions/" + action.getId());
	}
}
