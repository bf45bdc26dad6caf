package org.corporateparenting.reporting.application;

import org.corporateparenting.tenancy.CouncilJoinedPartnership;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * A council that joins a partnership sends it, from its own schema, what it shares: its finalised periods' shared
 * values and its delivery progress by theme. (Leaving takes them back: {@link PublishedValues}.)
 */
@Component
class PartnershipMembership {

	private final Publication publication;

	PartnershipMembership(Publication publication) {
		this.publication = publication;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(CouncilJoinedPartnership event) {
		publication.republish();
	}
}
