package org.corporateparenting.platform.probe;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.corporateparenting.tenancy.CouncilContext;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Test only: fails on an event's first deliveries and records the council context of the one that succeeds. */
@Component
public class FlakyProbeListener {

	public static final AtomicInteger FAILURES = new AtomicInteger();

	/** How many deliveries fail before one succeeds. */
	public static volatile int failTimes = 1;

	public static final Map<String, String> HANDLED_IN = new ConcurrentHashMap<>();

	@ApplicationModuleListener
	void on(FlakyProbeEvent event) {
		if (FAILURES.get() < failTimes) {
			FAILURES.incrementAndGet();
			throw new IllegalStateException("Simulated failure before the restart");
		}
		HANDLED_IN.put(event.marker(), CouncilContext.current().orElse("none"));
	}
}
