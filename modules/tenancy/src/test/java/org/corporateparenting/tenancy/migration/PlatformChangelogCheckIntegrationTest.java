package org.corporateparenting.tenancy.migration;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import liquibase.integration.spring.SpringLiquibase;
import org.corporateparenting.ModuleTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Liquibase's run on the platform schema is left out when the platform changelog is the one last applied there, and
 * runs, then records the new version, when any file of it differs.
 */
@SpringBootTest(classes = ModuleTestApplication.class)
class PlatformChangelogCheckIntegrationTest {

	@Autowired
	SpringLiquibase startedWith;

	final PlatformChangelogCheck check = new PlatformChangelogCheck();

	String current() {
		return CouncilChangelog.of("db/platform/changelog.xml").version();
	}

	@AfterEach
	void putTheVersionBack() {
		PlatformChangelogCheck.record(startedWith.getDataSource(), current());
	}

	@Test
	void theStartRecordedTheVersionItApplied() {
		assertThat(PlatformChangelogCheck.applied(startedWith.getDataSource())).isEqualTo(current()).hasSize(16);
	}

	@Test
	void anUnchangedChangelogIsNotRunAgain() {
		PlatformLiquibase liquibase = platformLiquibase(startedWith.getDataSource());

		check.postProcessBeforeInitialization(liquibase, "liquibase");

		assertThat(liquibase.willRun()).isFalse();
	}

	@Test
	void aChangedChangelogRunsAndItsVersionIsRecorded() throws Exception {
		DataSource dataSource = startedWith.getDataSource();
		PlatformChangelogCheck.record(dataSource, "0123456789abcdef");
		PlatformLiquibase liquibase = platformLiquibase(dataSource);

		check.postProcessBeforeInitialization(liquibase, "liquibase");
		assertThat(liquibase.willRun()).isTrue();
		liquibase.afterPropertiesSet();
		check.postProcessAfterInitialization(liquibase, "liquibase");

		assertThat(PlatformChangelogCheck.applied(dataSource)).isEqualTo(current());
	}

	@Test
	void aSchemaWithoutTheRecordIsBroughtUpToDate() {
		DataSource dataSource = startedWith.getDataSource();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.execute("rename table platform_changelog to platform_changelog_away");
		try {
			PlatformLiquibase liquibase = platformLiquibase(dataSource);

			check.postProcessBeforeInitialization(liquibase, "liquibase");

			assertThat(PlatformChangelogCheck.applied(dataSource)).isNull();
			assertThat(liquibase.willRun()).isTrue();
		}
		finally {
			jdbc.execute("rename table platform_changelog_away to platform_changelog");
		}
	}

	/** Liquibase on the platform changelog, as Spring Boot sets it up, telling whether it is to run. */
	static class PlatformLiquibase extends SpringLiquibase {

		boolean willRun() {
			return shouldRun;
		}
	}

	private static PlatformLiquibase platformLiquibase(DataSource dataSource) {
		PlatformLiquibase liquibase = new PlatformLiquibase();
		liquibase.setDataSource(dataSource);
		liquibase.setChangeLog("classpath:db/platform/changelog.xml");
		liquibase.setResourceLoader(new DefaultResourceLoader());
		return liquibase;
	}
}
