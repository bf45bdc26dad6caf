package org.corporateparenting.notifications.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.corporateparenting.tenancy.Councils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning, each active council's digests, in that council's schema, for its day in England, and every hour the
 * reminders people chose to hear of at once (a suspended or offboarded council is not active, so nobody hears from
 * it).
 */
@Component
class DigestSchedule {

	static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final Councils councils;

	private final Digests digests;

	private final Clock clock;

	DigestSchedule(Councils councils, Digests digests, Clock clock) {
		this.councils = councils;
		this.digests = digests;
		this.clock = clock;
	}

	@Scheduled(cron = "${cpp.notifications.digest-cron:0 0 7 * * *}", zone = "Europe/London")
	void sendDigests() {
		LocalDate today = LocalDate.now(clock.withZone(ENGLAND));
		councils.forEachActive(() -> digests.run(today));
	}

	/** Every hour, what people chose to hear of at once, found since the last pass. */
	@Scheduled(cron = "${cpp.notifications.immediate-cron:0 30 * * * *}", zone = "Europe/London")
	void sendAtOnce() {
		LocalDateTime now = LocalDateTime.now(clock.withZone(ENGLAND));
		councils.forEachActive(() -> digests.runImmediate(now));
	}
}
