package org.corporateparenting.platform.probe;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.corporateparenting.tenancy.CouncilContext;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Test only: fails on an event's first delivery and records the council context of the next one. */
@Component
public class FlakyProbeListener {

	public static final AtomicInteger FAILURES = new AtomicInteger();

	public static final Map<String, String> HANDLED_IN = new ConcurrentHashMap<>();

	@ApplicationModuleListener
	void on(FlakyProbeEvent event) {
		if (FAILURES.get() == 0) {
			FAILURES.incrementAndGet();
			throw new IllegalStateException("Simulated failure before the restart");
		}
		HANDLED_IN.put(event.marker(), CouncilContext.current().orElse("none"));
	}
}
