package org.corporateparenting.consultation.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The abuse guard on anonymous links: at most so many responses a minute through one link
 * ({@code cpp.consultation.responses-per-minute}, 20 by default), counted in this instance's memory. A class of
 * thirty answering together from one shared link is slowed, not refused for good: they try again a minute later.
 */
@Component
class ResponseRateLimit {

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

	private final int perMinute;

	private final Clock clock;

	ResponseRateLimit(@Value("${cpp.consultation.responses-per-minute:20}") int perMinute, Clock clock) {
		this.perMinute = perMinute;
		this.clock = clock;
	}

	/** Counts a response through the link, or says no when the link has had its share this minute. */
	boolean tryAcquire(String council, String token) {
		Instant now = Instant.now(clock);
		Deque<Instant> times = recent.computeIfAbsent(council + "/" + token, key -> new ArrayDeque<>());
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
