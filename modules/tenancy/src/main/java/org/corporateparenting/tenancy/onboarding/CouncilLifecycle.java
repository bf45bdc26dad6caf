package org.corporateparenting.tenancy.onboarding;

import org.corporateparenting.tenancy.Council;
import org.corporateparenting.tenancy.CouncilStatus;
import org.corporateparenting.tenancy.registry.CouncilRecord;
import org.corporateparenting.tenancy.registry.CouncilRegistry;
import org.corporateparenting.web.ConflictException;
import org.corporateparenting.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suspends and reactivates councils. A suspended council's users are refused; its records stay untouched.
 */
@Service
public class CouncilLifecycle {

	private final CouncilRegistry registry;

	private final CouncilHistory history;

	CouncilLifecycle(CouncilRegistry registry, CouncilHistory history) {
		this.registry = registry;
		this.history = history;
	}

	@Transactional
	public Council suspend(String slug, String actor) {
		return move(slug, CouncilStatus.ACTIVE, CouncilStatus.SUSPENDED, actor);
	}

	@Transactional
	public Council reactivate(String slug, String actor) {
		return move(slug, CouncilStatus.SUSPENDED, CouncilStatus.ACTIVE, actor);
	}

	private Council move(String slug, CouncilStatus from, CouncilStatus to, String actor) {
		CouncilRecord council = registry.readRecord(slug)
			.orElseThrow(() -> new NotFoundException("No council " + slug + " is on the platform"));
		if (council.status() != from) {
			throw new ConflictException(council.name() + " is " + council.status().name().toLowerCase()
					+ "; only a council that is " + from.name().toLowerCase() + " can be made "
					+ to.name().toLowerCase());
		}
		registry.changeStatus(slug, to, council.version());
		history.record(slug, actor, to == CouncilStatus.SUSPENDED ? "SUSPENDED" : "REACTIVATED", null);
		return registry.find(slug).orElseThrow();
	}
}
