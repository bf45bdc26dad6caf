package org.corporateparenting.tenancy.migration;

import org.corporateparenting.tenancy.CouncilSchemaVersions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.corporateparenting.tenancy.CouncilStatus;
import org.corporateparenting.tenancy.registry.CouncilRecord;
import org.corporateparenting.tenancy.registry.CouncilRegistry;
import org.corporateparenting.tenancy.settings.TenancyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Keeps every council's schema at the current council changelog. Councils whose recorded version matches are
 * skipped without a database round trip; the others are migrated side by side, a few at a time.
 */
@Service
public class CouncilMigrations implements CouncilSchemaVersions {

	private static final Logger log = LoggerFactory.getLogger(CouncilMigrations.class);

	private final CouncilRegistry registry;

	private final CouncilSchemaMigrator migrator;

	private final CouncilChangelog changelog;

	private final int parallelism;

	CouncilMigrations(CouncilRegistry registry, CouncilSchemaMigrator migrator, TenancyProperties properties) {
		this.registry = registry;
		this.migrator = migrator;
		this.changelog = CouncilChangelog.of(properties.councilChangelog());
		this.parallelism = properties.migrationParallelism();
	}

	public CouncilChangelog changelog() {
		return changelog;
	}

	@Override
	public long behindCurrentChangelog() {
		return registry.records()
			.stream()
			.filter(council -> council.status() != CouncilStatus.OFFBOARDED)
			.filter(council -> !changelog.version().equals(council.changelogVersion()))
			.count();
	}

	/** Migrates one council, such as a council being onboarded, and records its new version. */
	public void migrate(CouncilRecord council) {
		migrator.migrate(council.location(), changelog);
		registry.recordChangelogVersion(council.slug(), changelog.version());
	}

	/** Migrates the councils whose recorded version is not the current one (start-up). */
	public MigrationReport migrateOutdated() {
		return migrate(changelog, false);
	}

	/** Migrates every council regardless of its recorded version ({@code --migrate-only}). */
	public MigrationReport migrateAll() {
		return migrate(changelog, true);
	}

	/** Migrates to another changelog; tests use it to prove a new changeset reaches every council. */
	public MigrationReport migrateOutdated(CouncilChangelog target) {
		return migrate(target, false);
	}

	private MigrationReport migrate(CouncilChangelog target, boolean all) {
		List<CouncilRecord> councils = registry.records()
			.stream()
			.filter(council -> council.status() != CouncilStatus.OFFBOARDED)
			.toList();
		List<CouncilRecord> outdated = councils.stream()
			.filter(council -> all || !target.version().equals(council.changelogVersion()))
			.toList();
		List<String> skipped = councils.stream().filter(c -> !outdated.contains(c)).map(CouncilRecord::slug).toList();
		List<String> migrated = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallelism),
				Thread.ofVirtual().name("migrate-", 0).factory())) {
			List<Future<String>> runs = outdated.stream().map(council -> pool.submit(() -> {
				migrator.migrate(council.location(), target);
				registry.recordChangelogVersion(council.slug(), target.version());
				return council.slug();
			})).toList();
			for (Future<String> run : runs) {
				migrated.add(run.get());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while migrating council schemas", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("A council schema failed to migrate", ex.getCause());
		}
		log.info("Council schemas at changelog {}: {} migrated, {} already up to date", target.version(),
				migrated.size(), skipped.size());
		return new MigrationReport(migrated, skipped);
	}

	public record MigrationReport(List<String> migrated, List<String> upToDate) {
	}
}
