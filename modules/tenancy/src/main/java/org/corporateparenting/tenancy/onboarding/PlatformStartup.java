package org.corporateparenting.tenancy.onboarding;

import java.time.Instant;

import org.corporateparenting.tenancy.StarterFolder;
import org.corporateparenting.tenancy.events.IncompletePublications;
import org.corporateparenting.tenancy.migration.CouncilMigrations;
import org.corporateparenting.tenancy.settings.StartupProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What runs before the platform reports itself ready: council schemas brought up to date (only those behind, or
 * all of them for {@code --migrate-only}), event publications left incomplete by the last run resubmitted in the
 * council they were published in, and the {@code tenants/} folder onboarded when asked.
 */
@Component
@Order(0)
class PlatformStartup implements ApplicationRunner {

	private final CouncilMigrations migrations;

	private final TenantFolders tenantFolders;

	private final IncompletePublications incompletePublications;

	private final boolean migrateOnly;

	private final StarterFolder starterFolder;

	PlatformStartup(CouncilMigrations migrations, TenantFolders tenantFolders,
			IncompletePublications incompletePublications, StartupProperties startup, StarterFolder starterFolder) {
		this.migrations = migrations;
		this.tenantFolders = tenantFolders;
		this.incompletePublications = incompletePublications;
		this.migrateOnly = startup.migrateOnly();
		this.starterFolder = starterFolder;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (migrateOnly) {
			migrations.migrateAll();
			return;
		}
		Instant startedAt = Instant.now();
		migrations.migrateOutdated();
		incompletePublications.resubmitPublishedBefore(startedAt);
		if (starterFolder.toOnboard().isPresent()) {
			tenantFolders.onboardMissing();
		}
	}
}
