package org.corporateparenting.tenancy.offboarding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.corporateparenting.tenancy.database.CouncilLocation;
import org.corporateparenting.tenancy.database.DatabaseShards;
import org.corporateparenting.tenancy.database.SchemaNames;
import org.corporateparenting.tenancy.migration.CouncilSchemaMigrator;
import org.corporateparenting.tenancy.offboarding.SchemaTables.ColumnShape;
import org.corporateparenting.tenancy.offboarding.SchemaTables.TableShape;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Restores an offboarded council's export into a fresh schema: creates the schema, runs the council changelog as
 * far as the council had run it (the changesets counted in the manifest), checks that every table has the columns
 * and types the export describes, then loads every CSV file, Liquibase's own history included, so the schema reads
 * as it did when it was exported.
 */
@Component
public class CouncilExportRestore {

	private static final Logger log = LoggerFactory.getLogger(CouncilExportRestore.class);

	private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

	private static final int BATCH = 500;

	private final DatabaseShards shards;

	private final SchemaNames schemaNames;

	private final CouncilSchemaMigrator migrator;

	CouncilExportRestore(DatabaseShards shards, SchemaNames schemaNames, CouncilSchemaMigrator migrator) {
		this.shards = shards;
		this.schemaNames = schemaNames;
		this.migrator = migrator;
	}

	/**
	 * @param export the zip offboarding wrote
	 * @param shard the database server to restore on
	 * @param schema a schema that does not exist there yet
	 */
	public RestoredSchema restore(Path export, String shard, String schema) {
		if (!SCHEMA_NAME.matcher(schema).matches()) {
			throw new IllegalArgumentException("A schema name is lower-case letters, digits and _: " + schema);
		}
		try (ZipFile zip = new ZipFile(export.toFile())) {
			ExportManifest manifest = manifest(zip);
			requireAbsent(shard, schema);
			migrator.migrateFirst(new CouncilLocation(schema, shard), manifest.changelog().path(),
					manifest.changelog().changesets());
			Map<String, Long> rows = new LinkedHashMap<>();
			try (Connection connection = shards.openDedicated(shard, schema)) {
				Map<String, TableShape> tables = SchemaTables.of(connection, schema)
					.tables()
					.stream()
					.collect(Collectors.toMap(TableShape::name, Function.identity()));
				requireSameTables(manifest, tables);
				try (Statement statement = connection.createStatement()) {
					statement.execute("set foreign_key_checks = 0");
				}
				for (ExportManifest.Table table : manifest.tables()) {
					rows.put(table.name(), load(connection, tables.get(table.name()), zip, table));
				}
				connection.commit();
			}
			log.info("Restored the export {} of {} into {} on shard {}: {} rows", export.getFileName(),
					manifest.council(), schema, shard, rows.values().stream().mapToLong(Long::longValue).sum());
			return new RestoredSchema(manifest.council(), shard, schema, Collections.unmodifiableMap(rows));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the export " + export, ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Restoring " + export + " into " + schema + " failed", ex);
		}
	}

	private static ExportManifest manifest(ZipFile zip) throws IOException {
		ZipEntry entry = zip.getEntry(CouncilSchemaExport.MANIFEST);
		if (entry == null) {
			throw new IllegalArgumentException(zip.getName() + " has no " + CouncilSchemaExport.MANIFEST);
		}
		try (InputStream in = zip.getInputStream(entry)) {
			ExportManifest manifest = CouncilSchemaExport.JSON.readValue(in, ExportManifest.class);
			if (manifest.format() != ExportManifest.FORMAT) {
				throw new IllegalArgumentException("Export format " + manifest.format() + " is not "
						+ ExportManifest.FORMAT + ", the one this platform restores");
			}
			return manifest;
		}
	}

	/** Restoring over a schema that holds anything would mix two councils' rows, or two points in time. */
	private void requireAbsent(String shard, String schema) throws SQLException {
		try (Connection connection = shards.openDedicated(shard, schemaNames.platform());
				PreparedStatement query = connection
					.prepareStatement("select count(*) from information_schema.schemata where schema_name = ?")) {
			query.setString(1, schema);
			try (ResultSet rs = query.executeQuery()) {
				rs.next();
				if (rs.getInt(1) > 0) {
					throw new IllegalArgumentException("Schema " + schema + " already exists on shard " + shard);
				}
			}
		}
	}

	private static void requireSameTables(ExportManifest manifest, Map<String, TableShape> tables) {
		Map<String, List<ExportManifest.Column>> restored = tables.values()
			.stream()
			.collect(Collectors.toMap(TableShape::name, table -> table.columns()
				.stream()
				.map(column -> new ExportManifest.Column(column.name(), column.type()))
				.toList()));
		Map<String, List<ExportManifest.Column>> exported = manifest.tables()
			.stream()
			.collect(Collectors.toMap(ExportManifest.Table::name, ExportManifest.Table::columns));
		if (!restored.equals(exported)) {
			throw new IllegalStateException("The council changelog no longer makes the tables the export holds: "
					+ "exported " + exported + ", made " + restored);
		}
	}

	/** Replaces whatever the migration put in the table (Liquibase's history and lock) with the exported rows. */
	private static long load(Connection connection, TableShape table, ZipFile zip, ExportManifest.Table exported)
			throws IOException, SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("delete from " + table.quoted());
		}
		try (InputStream in = zip.getInputStream(zip.getEntry(exported.file()))) {
			Iterator<String[]> rows = ExportCsv.rows(in);
			Map<String, ColumnShape> byName = table.columns()
				.stream()
				.collect(Collectors.toMap(ColumnShape::name, Function.identity()));
			List<ColumnShape> columns = Arrays.stream(rows.next()).map(byName::get).toList();
			String insert = "insert into " + table.quoted() + " ("
					+ String.join(", ", columns.stream().map(column -> SchemaTables.quote(column.name())).toList())
					+ ") values (" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
			long count = 0;
			try (PreparedStatement statement = connection.prepareStatement(insert)) {
				while (rows.hasNext()) {
					bind(statement, columns, rows.next());
					statement.addBatch();
					if (++count % BATCH == 0) {
						statement.executeBatch();
					}
				}
				statement.executeBatch();
			}
			return count;
		}
	}

	private static void bind(PreparedStatement statement, List<ColumnShape> columns, String[] row)
			throws SQLException {
		for (int i = 0; i < columns.size(); i++) {
			String value = row[i];
			if (value == null) {
				statement.setObject(i + 1, null);
			}
			else if (columns.get(i).binary()) {
				statement.setBytes(i + 1, ExportCsv.unhex(value));
			}
			else {
				statement.setString(i + 1, value);
			}
		}
	}

	/**
	 * @param council the slug of the council the export was taken from
	 * @param rows rows loaded, by table
	 */
	public record RestoredSchema(String council, String shard, String schema, Map<String, Long> rows) {
	}
}
