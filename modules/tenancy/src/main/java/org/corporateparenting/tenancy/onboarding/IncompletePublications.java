package org.corporateparenting.tenancy.onboarding;

import java.time.Instant;
import java.util.function.Predicate;

import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.registry.CouncilRegistry;
import org.springframework.modulith.events.EventPublication;
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

	/**
	 * Resubmits what was published before {@code startedAt}, the start of this run: anything newer is still
	 * being delivered by this run and must not be delivered twice.
	 */
	public void resubmitPublishedBefore(Instant startedAt) {
		Predicate<EventPublication> fromEarlierRun = publication -> publication.getPublicationDate()
			.isBefore(startedAt);
		CouncilContext.callOutsideAnyCouncil(() -> {
			publications.resubmitIncompletePublications(fromEarlierRun);
			return null;
		});
		registry.forEachActive(() -> publications.resubmitIncompletePublications(fromEarlierRun));
	}
}
