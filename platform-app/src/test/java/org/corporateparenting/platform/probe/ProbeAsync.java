package org.corporateparenting.platform.probe;

import java.util.concurrent.CompletableFuture;

import org.corporateparenting.tenancy.CouncilContext;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

/** Test only: reports the council context an {@code @Async} method runs in. */
@Component
public class ProbeAsync {

	@Async
	public CompletableFuture<String> currentCouncil() {
		return CompletableFuture.completedFuture(CouncilContext.current().orElse("none"));
	}
}
