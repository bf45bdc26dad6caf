package org.corporateparenting.tenancy.migration;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Leaves Spring Boot's Liquibase run on the platform schema out when the platform changelog is the one last applied
 * there, as council schemas are left out by their recorded version ({@link CouncilMigrations}): Liquibase takes its
 * lock, reads every changeset and the schema's record of them, which is most of a second of every start. The version
 * is a digest of every file under the changelog's folder on the class path ({@link CouncilChangelog}), recorded in
 * {@code platform_changelog} once Liquibase has applied it; any changed, added or removed file gives a new one, and
 * Liquibase runs as before. A schema without the table (a new one, or one from before it) is brought up to date too.
 */
@Component
class PlatformChangelogCheck implements BeanPostProcessor {

	private static final Logger log = LoggerFactory.getLogger(PlatformChangelogCheck.class);

	/** The version each Liquibase bean about to run is to record once it has, by bean name. */
	private final Map<String, String> toRecord = new ConcurrentHashMap<>();

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof SpringLiquibase liquibase && liquibase.getChangeLog() != null) {
			String version = CouncilChangelog.of(liquibase.getChangeLog().replaceFirst("^classpath\\*?:", ""))
				.version();
			if (version.equals(applied(liquibase.getDataSource()))) {
				log.info("Platform schema at changelog {}: up to date", version);
				liquibase.setShouldRun(false);
			}
			else {
				toRecord.put(beanName, version);
			}
		}
		return bean;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		String version = toRecord.remove(beanName);
		if (version != null && bean instanceof SpringLiquibase liquibase) {
			record(liquibase.getDataSource(), version);
			log.info("Platform schema at changelog {}: migrated", version);
		}
		return bean;
	}

	static String applied(DataSource dataSource) {
		try {
			List<String> versions = transactions(dataSource).execute(status -> new JdbcTemplate(dataSource)
				.queryForList("select version from platform_changelog where id = 1", String.class));
			return versions == null || versions.isEmpty() ? null : versions.getFirst();
		}
		catch (DataAccessException ex) {
			// No such table yet: a new schema, or one from before the version was recorded.
			return null;
		}
	}

	static void record(DataSource dataSource, String version) {
		transactions(dataSource).executeWithoutResult(status -> new JdbcTemplate(dataSource).update(
				"insert into platform_changelog (id, version, applied_at) values (1, ?, now(6))"
						+ " on duplicate key update version = values(version), applied_at = values(applied_at)",
				version));
	}

	private static TransactionTemplate transactions(DataSource dataSource) {
		return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}
}
