package org.corporateparenting.safeguarding.application;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.corporateparenting.consultation.FreeTextScreen;
import org.corporateparenting.safeguarding.domain.SafeguardingSettings;
import org.corporateparenting.safeguarding.domain.SafeguardingSettingsStore;
import org.corporateparenting.tenancy.CouncilContext;
import org.springframework.stereotype.Component;

/**
 * Screens own words as they arrive with the council's list, held in memory for a while so that a survey answer costs
 * no query: a council's change reaches this instance at once and the others within {@link #HELD}.
 */
@Component
class Screening implements FreeTextScreen {

	/** How long a council's list is held before it is read again. */
	static final Duration HELD = Duration.ofSeconds(30);

	private static final ScreeningList PLATFORM = PlatformScreeningList.read();

	private final SafeguardingSettingsStore settings;

	private final Map<String, Held> held = new ConcurrentHashMap<>();

	Screening(SafeguardingSettingsStore settings) {
		this.settings = settings;
	}

	@Override
	public Optional<String> screen(String text) {
		return list().match(text);
	}

	private ScreeningList list() {
		String council = CouncilContext.require();
		long now = System.nanoTime();
		Held current = held.get(council);
		if (current == null || now - current.readAt() > HELD.toNanos()) {
			current = new Held(listOf(settings.findById(SafeguardingSettings.ID)), now);
			held.put(council, current);
		}
		return current.list();
	}

	/** The list a council's saved settings give: its own, or the platform's. */
	static ScreeningList listOf(Optional<SafeguardingSettings> saved) {
		return saved.filter(SafeguardingSettings::isOwnList)
			.map(row -> ScreeningList.of(row.getPhrases(), row.getPatterns()))
			.orElse(PLATFORM);
	}

	/** The council's list has changed: this instance reads it again next time. */
	void forget() {
		held.remove(CouncilContext.require());
	}

	private record Held(ScreeningList list, long readAt) {
	}
}
