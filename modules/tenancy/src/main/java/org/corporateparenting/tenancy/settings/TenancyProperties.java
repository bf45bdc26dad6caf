package org.corporateparenting.tenancy.settings;

import java.time.Duration;

import org.corporateparenting.tenancy.migration.CouncilChangelog;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the platform keeps its councils: their schemas' migrations, the registry every instance holds, and event
 * publications whose listeners failed.
 *
 * @param councilChangelog the Liquibase changelog every council schema is migrated with (every module's changes)
 * @param migrationParallelism council schemas migrated at the same time at start-up
 * @param registryPollInterval how often each instance asks whether the registry changed on another instance
 * @param eventRetryInterval how often failed event publications are looked for, and the wait after a first failure
 *     (twice as long after each further one, at most 30 minutes)
 */
@ConfigurationProperties("cpp.tenancy")
public record TenancyProperties(@DefaultValue(CouncilChangelog.DEFAULT_PATH) String councilChangelog,
		@DefaultValue("4") int migrationParallelism, @DefaultValue("PT1S") Duration registryPollInterval,
		@DefaultValue("PT30S") Duration eventRetryInterval) {
}
