package org.corporateparenting.safeguarding.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.corporateparenting.consultation.FreeTextFlagged;
import org.corporateparenting.notifications.Notices;
import org.corporateparenting.notifications.Recipient;
import org.corporateparenting.notifications.Reminder;
import org.corporateparenting.notifications.ReminderKind;
import org.corporateparenting.safeguarding.domain.Disclosure;
import org.corporateparenting.safeguarding.domain.Disclosures;
import org.corporateparenting.safeguarding.domain.SafeguardingSettings;
import org.corporateparenting.safeguarding.domain.SafeguardingSettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Own words flagged in the consultation module become a possible disclosure in the council's queue, and its lead (or,
 * while none is named, the admins' mailbox) is told at once: that there is something to read and where, never the
 * words. Runs in the council of the event, after the words are stored; an event delivered twice flags once.
 */
@Component
class FlaggedWords {

	private static final Logger log = LoggerFactory.getLogger(FlaggedWords.class);

	private final Disclosures disclosures;

	private final SafeguardingSettingsStore settings;

	private final Notices notices;

	private final Clock clock;

	FlaggedWords(Disclosures disclosures, SafeguardingSettingsStore settings, Notices notices, Clock clock) {
		this.disclosures = disclosures;
		this.settings = settings;
		this.notices = notices;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(FreeTextFlagged event) {
		if (disclosures.existsBySourceAndSourceId(event.source(), event.id())) {
			return;
		}
		Disclosure disclosure = disclosures.saveAndFlush(
				new Disclosure(event.source(), event.id(), event.where(), event.matched(), clock.instant()));
		Optional<SafeguardingSettings> saved = settings.findById(SafeguardingSettings.ID);
		Optional<Recipient> to = SafeguardingSettingsManagement.lead(saved)
			.or(() -> saved.map(SafeguardingSettings::getAdminsEmail).map(email -> new Recipient(email, "Council admins")));
		if (to.isEmpty()) {
			log.warn("Possible disclosure {} flagged with no safeguarding lead named and no admins' mailbox: it waits"
					+ " in the queue for the council's admins", disclosure.getId());
			return;
		}
		notices.tellNow(new Reminder(ReminderKind.POSSIBLE_DISCLOSURE, to.get(), "disclosure:" + disclosure.getId(),
				"A possible disclosure of harm to read",
				"Someone's own words in a " + event.source().label().toLowerCase(java.util.Locale.ROOT)
						+ " may tell of harm. Read them on the platform and record what was done.",
				"/councils/" + event.council() + "/safeguarding/disclosures/" + disclosure.getId(),
				LocalDate.now(clock)));
	}
}
