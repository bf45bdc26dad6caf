package org.corporateparenting.strategy;

import org.corporateparenting.tenancy.CouncilEvent;

/**
 * A strategy, its priorities, action plans or actions changed in a way no other event of this module describes:
 * an action added or edited (dropped, its RAG overridden), a priority added or edited, a plan created, the
 * strategy edited or moved on, or a council's strategy imported. Carries no detail, so that a listener keeping a
 * summary of the strategy re-reads it through {@link StrategyProgress} rather than patching it.
 */
public record ActionPlanChanged(String council, long strategyId) implements CouncilEvent {
}
