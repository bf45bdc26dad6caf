package org.corporateparenting.tenancy.offboarding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.corporateparenting.tenancy.CouncilStatus;
import org.corporateparenting.tenancy.database.DatabaseShards;
import org.corporateparenting.tenancy.migration.CouncilMigrations;
import org.corporateparenting.tenancy.offboarding.SchemaTables.TableShape;
import org.corporateparenting.tenancy.onboarding.CouncilHistory;
import org.corporateparenting.tenancy.registry.CouncilRecord;
import org.corporateparenting.tenancy.registry.CouncilRegistry;
import org.corporateparenting.web.ConflictException;
import org.corporateparenting.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a council off the platform: exports every table of its schema, then drops the schema, and keeps the council
 * in the registry as an offboarded tombstone (its users get 404; its slug and ONS code stay taken).
 * <p>
 * The schema's tables are locked against every other session from before the export until they are dropped, so no
 * write can land after the export was taken; writes in flight when offboarding starts finish first and are
 * exported. The schema is dropped only once the export is complete on disk; if anything fails before, nothing is
 * dropped and the council stays as it was.
 */
@Service
@EnableConfigurationProperties(OffboardingProperties.class)
public class CouncilOffboarding {

	private static final Logger log = LoggerFactory.getLogger(CouncilOffboarding.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final String LIQUIBASE_HISTORY = "DATABASECHANGELOG";

	private final CouncilRegistry registry;

	private final CouncilHistory history;

	private final CouncilMigrations migrations;

	private final DatabaseShards shards;

	private final TransactionTemplate transactions;

	private final Path exportFolder;

	CouncilOffboarding(CouncilRegistry registry, CouncilHistory history, CouncilMigrations migrations,
			DatabaseShards shards, TransactionTemplate transactions, OffboardingProperties properties) {
		this.registry = registry;
		this.history = history;
		this.migrations = migrations;
		this.shards = shards;
		this.transactions = transactions;
		this.exportFolder = properties.exportFolder();
	}

	public OffboardedCouncil offboard(String slug, String actor) {
		CouncilRecord council = registry.readRecord(slug)
			.orElseThrow(() -> new NotFoundException("No council " + slug + " is on the platform"));
		if (council.status() != CouncilStatus.ACTIVE && council.status() != CouncilStatus.SUSPENDED) {
			throw new ConflictException(council.name() + " is " + council.status().name().toLowerCase()
					+ "; only an active or suspended council can be offboarded");
		}
		Instant now = Instant.now();
		Path file = exportFolder.resolve(slug + "-" + STAMP.format(now) + ".zip").toAbsolutePath();
		try (Connection connection = shards.openDedicated(council.shard(), council.schemaName())) {
			SchemaTables schema = SchemaTables.of(connection, council.schemaName());
			lock(connection, schema);
			ExportManifest manifest = CouncilSchemaExport.write(connection, schema,
					manifest(connection, council, actor, now), file);
			long bytes = Files.size(file);
			Map<String, Long> rows = manifest.tables()
				.stream()
				.collect(Collectors.toMap(ExportManifest.Table::name, ExportManifest.Table::rows, (a, b) -> a,
						LinkedHashMap::new));
			markOffboarded(council, actor, file, rows);
			drop(connection, schema, council.schemaName());
			log.info("Offboarded {} ({}): {} rows exported to {} ({} bytes), schema {} dropped on shard {}",
					council.name(), slug, rows.values().stream().mapToLong(Long::longValue).sum(), file, bytes,
					council.schemaName(), council.shard());
			return new OffboardedCouncil(slug, file.getFileName().toString(), bytes, rows);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Offboarding " + slug + " failed; its schema was not dropped", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Exporting " + slug + " failed; its schema was not dropped", ex);
		}
	}

	/** The newest export of the council, if it has been offboarded. */
	public Optional<Path> exportOf(String slug) {
		Pattern name = Pattern.compile(Pattern.quote(slug) + "-\\d{8}T\\d{6}Z\\.zip");
		if (!Files.isDirectory(exportFolder)) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.list(exportFolder)) {
			return files.filter(path -> name.matcher(path.getFileName().toString()).matches())
				.max(Comparator.comparing(path -> path.getFileName().toString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the export folder " + exportFolder, ex);
		}
	}

	/**
	 * Waits for transactions writing to the schema to finish, then keeps every other session out of its tables
	 * until they are dropped (or this connection closes, when offboarding fails).
	 */
	private static void lock(Connection connection, SchemaTables schema) throws SQLException {
		if (schema.tables().isEmpty()) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("lock tables " + String.join(", ",
					schema.tables().stream().map(table -> table.quoted() + " write").toList()));
		}
	}

	private ExportManifest manifest(Connection connection, CouncilRecord council, String actor, Instant now)
			throws SQLException {
		return new ExportManifest(ExportManifest.FORMAT, council.slug(), council.name(), council.onsCode(),
				council.region(), council.partnerships(), council.schemaName(), council.shard(), now.toString(), actor,
				changelog(connection, council), new ExportManifest.Csv("UTF-8", ExportCsv.NULL_VALUE,
						ExportCsv.EMPTY_STRING, ExportCsv.BINARY_ENCODING),
				List.of());
	}

	/** How far the schema was migrated: Liquibase's count of changesets run, and the last of them. */
	private ExportManifest.Changelog changelog(Connection connection, CouncilRecord council) throws SQLException {
		// One reference to the table: the locked tables can be read once each.
		try (PreparedStatement query = connection.prepareStatement("select filename, id, author, count(*) over ()"
				+ " from " + LIQUIBASE_HISTORY + " order by orderexecuted desc limit 1");
				ResultSet last = query.executeQuery()) {
			return last.next()
					? new ExportManifest.Changelog(migrations.changelog().path(), council.changelogVersion(),
							last.getInt(4), last.getString(1) + "::" + last.getString(2) + "::" + last.getString(3))
					: new ExportManifest.Changelog(migrations.changelog().path(), council.changelogVersion(), 0, null);
		}
	}

	/** The registry change and its history entry commit together, before anything is dropped. */
	private void markOffboarded(CouncilRecord council, String actor, Path file, Map<String, Long> rows)
			throws IOException {
		try {
			transactions.executeWithoutResult(tx -> {
				List<String> left = registry.markOffboarded(council.slug(), council.version());
				left.forEach(partnership -> history.record(council.slug(), actor, "LEFT_PARTNERSHIP", partnership));
				history.record(council.slug(), actor, "OFFBOARDED", "exported to " + file.getFileName() + " ("
						+ rows.values().stream().mapToLong(Long::longValue).sum() + " rows in " + rows.size()
						+ " tables)");
			});
		}
		catch (RuntimeException ex) {
			// The schema stays, so this export is not the council's last word: it goes too.
			Files.deleteIfExists(file);
			throw ex;
		}
	}

	/**
	 * Drops the locked tables (a session may drop what it holds write locks on; other sessions waiting for them then
	 * find them gone), then the emptied schema.
	 */
	private static void drop(Connection connection, SchemaTables schema, String schemaName) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("set foreign_key_checks = 0");
			if (!schema.tables().isEmpty()) {
				statement.execute("drop table " + String.join(", ", schema.tables().stream().map(TableShape::quoted).toList()));
			}
			statement.execute("unlock tables");
			statement.execute("drop database " + SchemaTables.quote(schemaName));
		}
	}
}
