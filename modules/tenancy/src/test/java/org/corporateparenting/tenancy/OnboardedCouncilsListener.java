package org.corporateparenting.tenancy;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Listens to onboarding as another module would: its event publication is written to the council's own
 * {@code event_publication} table, and it looks the council up in the registry inside the council's transaction, as
 * reporting does. Imported by the tests rather than scanned, so the platform application's tests never see it.
 */
class OnboardedCouncilsListener {

	private final Map<String, Council> seen = new ConcurrentHashMap<>();

	private final Councils councils;

	OnboardedCouncilsListener(Councils councils) {
		this.councils = councils;
	}

	/** The council an onboarding announced, as the registry answered inside that council's transaction. */
	Optional<Council> seen(String council) {
		return Optional.ofNullable(seen.get(council));
	}

	@ApplicationModuleListener
	void on(CouncilOnboarded event) {
		seen.put(event.council(), councils.find(event.council()).orElseThrow());
	}
}
