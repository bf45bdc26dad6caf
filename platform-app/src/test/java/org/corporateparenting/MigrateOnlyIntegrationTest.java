package org.corporateparenting;

import static org.assertj.core.api.Assertions.assertThat;

import org.corporateparenting.tenancy.migration.CouncilMigrations;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code --migrate-only} migrates every council without a web server, as the Helm pre-upgrade Job runs it. */
class MigrateOnlyIntegrationTest {

	static final String[] ARGS = { "--migrate-only", "--spring.profiles.active=test" };

	@Test
	void migratesEveryCouncilWithoutStartingTheWebServer() {
		// A council registered by an earlier release whose schema was never migrated.
		try (var first = CorporateParentingPlatform.application(ARGS).run(ARGS)) {
			assertThat(first).isNotInstanceOf(WebServerApplicationContext.class);
			// The pool does not auto-commit: writes need a transaction.
			first.getBean(TransactionTemplate.class).executeWithoutResult(tx -> first.getBean(JdbcTemplate.class)
				.update("insert into cpp_platform.council (slug, name, ons_code, region, status, schema_name, shard,"
						+ " created_at, updated_at, version) values ('migrate-probe', 'Migrate Probe Council',"
						+ " 'E06009999', 'South East', 'ACTIVE', 'cpp_council_migrate_probe', 'default', now(6),"
						+ " now(6), 0)"));
		}

		try (var second = CorporateParentingPlatform.application(ARGS).run(ARGS)) {
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			String version = second.getBean(CouncilMigrations.class).changelog().version();

			assertThat(jdbc.queryForList("select changelog_version from cpp_platform.council", String.class))
				.isNotEmpty()
				.allSatisfy(recorded -> assertThat(recorded).isEqualTo(version));
			assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_schema ="
					+ " 'cpp_council_migrate_probe' and table_name = 'event_publication'", Long.class)).isEqualTo(1);
		}
	}
}
