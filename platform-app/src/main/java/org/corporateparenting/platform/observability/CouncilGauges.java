package org.corporateparenting.platform.observability;

import org.corporateparenting.tenancy.CouncilStatus;
import org.corporateparenting.tenancy.CouncilSchemaVersions;
import org.corporateparenting.tenancy.Councils;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * {@code cpp_councils{status="ACTIVE"}} and its siblings: how many councils the registry holds in each status; and
 * {@code cpp_migrations_pending}: how many councils' schemas are behind this release's changelog (non-zero after an
 * upgrade whose migration Job has not finished, or failed for some councils). Read from the registry at each scrape,
 * so every replica reports the same figures.
 */
@Component
class CouncilGauges implements MeterBinder {

	private final Councils councils;

	private final CouncilSchemaVersions versions;

	CouncilGauges(Councils councils, CouncilSchemaVersions versions) {
		this.councils = councils;
		this.versions = versions;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (CouncilStatus status : CouncilStatus.values()) {
			Gauge.builder("cpp.councils", councils, registered -> count(registered, status))
				.description("Councils on the platform in each status")
				.tag("status", status.name())
				.register(registry);
		}
		Gauge.builder("cpp.migrations.pending", versions, CouncilSchemaVersions::behindCurrentChangelog)
			.description("Councils whose schema is behind the council changelog of this release")
			.register(registry);
	}

	private static long count(Councils councils, CouncilStatus status) {
		return councils.all().stream().filter(council -> council.status() == status).count();
	}
}
