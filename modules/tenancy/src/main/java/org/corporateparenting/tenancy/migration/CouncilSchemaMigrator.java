package org.corporateparenting.tenancy.migration;

import java.sql.Connection;
import java.util.Map;

import org.corporateparenting.tenancy.database.CouncilLocation;
import org.corporateparenting.tenancy.database.DatabaseShards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.UpdateCountCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Creates a council's schema if needed and brings it up to the council changelog. Each run gets its own
 * Liquibase instance and its own connection whose default schema is the council's, which keeps Liquibase's
 * per-database caches and locks from leaking between schemas migrated side by side.
 */
@Component
public class CouncilSchemaMigrator {

	private static final Logger log = LoggerFactory.getLogger(CouncilSchemaMigrator.class);

	private final DatabaseShards shards;

	CouncilSchemaMigrator(DatabaseShards shards) {
		this.shards = shards;
	}

	public void migrate(CouncilLocation location, CouncilChangelog changelog) {
		long started = System.nanoTime();
		run(location, UpdateCommandStep.COMMAND_NAME,
				Map.of(UpdateCommandStep.CHANGELOG_FILE_ARG.getName(), changelog.path()));
		log.info("Migrated {} to council changelog {} in {} ms", location.schema(), changelog.version(),
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Runs only the first {@code changesets} changesets of the changelog: a restored export gets the tables its
	 * council had, not those added to the changelog since.
	 */
	public void migrateFirst(CouncilLocation location, String changelogPath, int changesets) {
		run(location, UpdateCountCommandStep.COMMAND_NAME,
				Map.of(UpdateCountCommandStep.CHANGELOG_FILE_ARG.getName(), changelogPath,
						UpdateCountCommandStep.COUNT_ARG.getName(), changesets));
	}

	private void run(CouncilLocation location, String[] command, Map<String, Object> arguments) {
		try (Connection connection = shards.openDedicated(location.shard(), location.schema())) {
			Database database = DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new JdbcConnection(connection));
			Scope.child(Map.of(Scope.Attr.resourceAccessor.name(),
					new ClassLoaderResourceAccessor(getClass().getClassLoader())),
					() -> {
						CommandScope scope = new CommandScope(command)
							.addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database);
						arguments.forEach(scope::addArgumentValue);
						scope.execute();
					});
		}
		catch (Exception ex) {
			throw new SchemaMigrationException("Migrating schema " + location.schema() + " failed", ex);
		}
	}

	public static class SchemaMigrationException extends RuntimeException {

		SchemaMigrationException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
