package org.corporateparenting.tenancy.onboarding;

import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.registry.CouncilRegistry;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Resubmits the event publications a previous run left incomplete, in the context each was published in: the
 * platform's own, then each active council's, so every listener runs in the council its event happened in.
 */
@Component
public class IncompletePublications {

	private final CouncilRegistry registry;

	private final IncompleteEventPublications publications;

	IncompletePublications(CouncilRegistry registry, IncompleteEventPublications publications) {
		this.registry = registry;
		this.publications = publications;
	}

	public void resubmit() {
		CouncilContext.callOutsideAnyCouncil(() -> {
			publications.resubmitIncompletePublications(publication -> true);
			return null;
		});
		registry.forEachActive(() -> publications.resubmitIncompletePublications(publication -> true));
	}
}
