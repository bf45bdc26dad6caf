package org.corporateparenting.consultation.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The abuse guard on anonymous links: at most so many responses a minute through one link
 * ({@code cpp.consultation.responses-per-minute}, 20 by default), counted in this instance's memory. A class of
 * thirty answering together from one shared link is slowed, not refused for good: they try again a minute later.
 * Each instance counts its own, so with several replicas a link's share is that many times larger.
 */
@Component
@EnableConfigurationProperties(ConsultationProperties.class)
class ResponseRateLimit {

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

	private final int perMinute;

	private final Clock clock;

	ResponseRateLimit(ConsultationProperties properties, Clock clock) {
		this.perMinute = properties.responsesPerMinute();
		this.clock = clock;
	}

	/** Counts a response through the link, or says no when the link has had its share this minute. */
	boolean tryAcquire(String council, long linkId) {
		Instant now = Instant.now(clock);
		if (recent.size() > 10_000) {
			// Links nobody has used this minute have nothing to count: forget them, so the map stays small.
			recent.values().removeIf(times -> {
				synchronized (times) {
					return times.isEmpty() || times.peekLast().isBefore(now.minus(WINDOW));
				}
			});
		}
		Deque<Instant> times = recent.computeIfAbsent(council + "/" + linkId, key -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
				times.pollFirst();
			}
			if (times.size() >= perMinute) {
				return false;
			}
			times.addLast(now);
			return true;
		}
	}
}
