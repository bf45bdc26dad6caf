package org.corporateparenting.tenancy.registry;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Asks, every second by default, whether another instance has changed the registry, so a suspension, reactivation,
 * offboarding or new council reaches this instance within seconds.
 */
@Component
class RegistryPolling {

	private final CouncilRegistry registry;

	RegistryPolling(CouncilRegistry registry) {
		this.registry = registry;
	}

	@Scheduled(fixedDelayString = "${cpp.tenancy.registry-poll-interval:PT1S}",
			initialDelayString = "${cpp.tenancy.registry-poll-interval:PT1S}")
	void poll() {
		registry.poll();
	}
}
