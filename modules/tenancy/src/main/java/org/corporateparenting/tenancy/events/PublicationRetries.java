package org.corporateparenting.tenancy.events;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.corporateparenting.tenancy.settings.TenancyProperties;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * While the platform runs, every 30 seconds ({@code cpp.tenancy.event-retry-interval}): event publications whose
 * listener failed (a database server was down, a clash) are tried again in their council, 30 s after the first
 * failure and twice as long after each further one, so a dashboard catches up after
 * an outage without a restart. Each council's count of incomplete publications is kept as the gauge
 * {@code cpp.events.incomplete} (tagged with the council) and shown to platform admins.
 */
@Component
class PublicationRetries {

	private static final Logger log = LoggerFactory.getLogger(PublicationRetries.class);

	private final IncompletePublications publications;

	private final Clock clock;

	/** How often the retries run, and the wait after a first failure (doubling after each further one). */
	private final Duration interval;

	private final MeterRegistry meters;

	private final Map<String, AtomicLong> gauges = new ConcurrentHashMap<>();

	private volatile Map<String, Long> counts = Map.of();

	PublicationRetries(IncompletePublications publications, Clock clock, ObjectProvider<MeterRegistry> meters,
			TenancyProperties properties) {
		this.publications = publications;
		this.clock = clock;
		this.interval = properties.eventRetryInterval();
		this.meters = meters.getIfAvailable();
	}

	@Scheduled(fixedDelayString = "${cpp.tenancy.event-retry-interval:PT30S}",
			initialDelayString = "${cpp.tenancy.event-retry-interval:PT30S}")
	void retry() {
		try {
			publications.retryDue(clock.instant(), interval);
			count();
		}
		catch (RuntimeException ex) {
			// A database server that is down: the next round tries again.
			log.warn("Could not retry incomplete event publications this time: {}", ex.getMessage());
		}
	}

	/** Each active council's incomplete publications, as last counted. */
	Map<String, Long> counts() {
		return counts;
	}

	private void count() {
		Map<String, Long> now = publications.countsByCouncil();
		counts = Map.copyOf(now);
		if (meters == null) {
			return;
		}
		now.forEach((council, count) -> gauges.computeIfAbsent(council, slug -> {
			AtomicLong value = new AtomicLong();
			Gauge.builder("cpp.events.incomplete", value, AtomicLong::get)
				.description("Event publications whose listeners have not completed, by council")
				.tag("council", slug)
				.register(meters);
			return value;
		}).set(count));
		gauges.forEach((council, value) -> {
			if (!now.containsKey(council)) {
				value.set(0);
			}
		});
	}
}
