package org.corporateparenting.alliance.application;

import org.corporateparenting.alliance.AllianceChanged;
import org.corporateparenting.tenancy.CouncilContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes {@link AllianceChanged} in the current write's transaction, once however many writes in it ask: a
 * starter import is hundreds of writes in one transaction and needs one event, not hundreds.
 */
@Component
public class AllianceChanges {

	private final ApplicationEventPublisher events;

	AllianceChanges(ApplicationEventPublisher events) {
		this.events = events;
	}

	/** Must be called inside a transaction; the event goes out with it, or not at all if it rolls back. */
	public void announce() {
		if (TransactionSynchronizationManager.getSynchronizations().stream().anyMatch(Announced.class::isInstance)) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new Announced());
		events.publishEvent(new AllianceChanged(CouncilContext.require()));
	}

	/** Marks a transaction that has published the event; a nested new transaction has its own marks. */
	private static final class Announced implements TransactionSynchronization {
	}
}
