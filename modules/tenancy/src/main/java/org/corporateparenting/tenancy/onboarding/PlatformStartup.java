package org.corporateparenting.tenancy.onboarding;

import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.CouncilStatus;
import org.corporateparenting.tenancy.migration.CouncilMigrations;
import org.corporateparenting.tenancy.registry.CouncilRecord;
import org.corporateparenting.tenancy.registry.CouncilRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * What runs before the platform reports itself ready: council schemas brought up to date (only those behind, or
 * all of them for {@code --migrate-only}), the {@code tenants/} folder onboarded when asked, and event
 * publications left incomplete by the last run resubmitted in the council they were published in.
 */
@Component
@Order(0)
class PlatformStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PlatformStartup.class);

	private final CouncilMigrations migrations;

	private final CouncilRegistry registry;

	private final TenantFolders tenantFolders;

	private final IncompleteEventPublications incompletePublications;

	private final boolean migrateOnly;

	private final boolean onboardTenants;

	PlatformStartup(CouncilMigrations migrations, CouncilRegistry registry, TenantFolders tenantFolders,
			IncompleteEventPublications incompletePublications,
			@Value("${cpp.migrate-only:false}") boolean migrateOnly,
			@Value("${cpp.tenants.onboard-at-start:false}") boolean onboardTenants) {
		this.migrations = migrations;
		this.registry = registry;
		this.tenantFolders = tenantFolders;
		this.incompletePublications = incompletePublications;
		this.migrateOnly = migrateOnly;
		this.onboardTenants = onboardTenants;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (migrateOnly) {
			migrations.migrateAll();
			return;
		}
		migrations.migrateOutdated();
		if (onboardTenants) {
			tenantFolders.onboardMissing();
		}
		resubmitIncompletePublications();
	}

	void resubmitIncompletePublications() {
		CouncilContext.callOutsideAnyCouncil(() -> {
			incompletePublications.resubmitIncompletePublications(publication -> true);
			return null;
		});
		for (CouncilRecord council : registry.records()) {
			if (council.status() == CouncilStatus.ACTIVE) {
				CouncilContext.runIn(council.slug(),
						() -> incompletePublications.resubmitIncompletePublications(publication -> true));
			}
		}
		log.debug("Resubmitted incomplete event publications");
	}
}
