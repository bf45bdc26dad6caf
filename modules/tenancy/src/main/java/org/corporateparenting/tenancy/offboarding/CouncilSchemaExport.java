package org.corporateparenting.tenancy.offboarding;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.corporateparenting.tenancy.offboarding.SchemaTables.ColumnShape;
import org.corporateparenting.tenancy.offboarding.SchemaTables.TableShape;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one council schema to a zip: a CSV file per table, then {@code manifest.json}. The file is written under a
 * temporary name, forced to disk, and only then given its real name, so an export under its real name is always
 * complete.
 */
final class CouncilSchemaExport {

	static final String MANIFEST = "manifest.json";

	private static final Logger log = LoggerFactory.getLogger(CouncilSchemaExport.class);

	static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private CouncilSchemaExport() {
	}

	/**
	 * @param manifest the manifest without its tables, which are filled in as they are written
	 * @return the manifest as written into the export
	 */
	static ExportManifest write(Connection connection, SchemaTables schema, ExportManifest manifest, Path target)
			throws IOException, SQLException {
		Files.createDirectories(target.getParent());
		Path partial = target.resolveSibling(target.getFileName() + ".part");
		List<ExportManifest.Table> tables = new ArrayList<>();
		try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
				ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)))) {
			for (TableShape table : schema.tables()) {
				zip.putNextEntry(new ZipEntry(table.name() + ".csv"));
				long rows = writeTable(connection, table, zip);
				zip.closeEntry();
				tables.add(new ExportManifest.Table(table.name(), table.name() + ".csv", rows, table.columns()
					.stream()
					.map(column -> new ExportManifest.Column(column.name(), column.type()))
					.toList()));
			}
			manifest = withTables(manifest, tables);
			zip.putNextEntry(new ZipEntry(MANIFEST));
			zip.write(JSON.writeValueAsString(manifest).getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.finish();
			zip.flush();
			channel.force(true);
		}
		catch (IOException | SQLException | RuntimeException ex) {
			Files.deleteIfExists(partial);
			throw ex;
		}
		Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		forceFolder(target.getParent());
		return manifest;
	}

	/** Streams the table's rows (MySQL sends them one by one rather than all at once) into a CSV file. */
	private static long writeTable(Connection connection, TableShape table, OutputStream out)
			throws SQLException, IOException {
		List<ColumnShape> columns = table.columns();
		// Not closed: closing would close the zip; flushed once the table is written.
		Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		long rows = 0;
		try (Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY,
				ResultSet.CONCUR_READ_ONLY)) {
			statement.setFetchSize(Integer.MIN_VALUE);
			ExportCsv.write(csv, columns.stream().map(ColumnShape::name).toArray(String[]::new));
			try (ResultSet rs = statement.executeQuery("select " + table.columnList() + " from " + table.quoted())) {
				String[] row = new String[columns.size()];
				while (rs.next()) {
					for (int i = 0; i < row.length; i++) {
						row[i] = columns.get(i).binary() ? hexOrNull(rs.getBytes(i + 1)) : rs.getString(i + 1);
					}
					ExportCsv.write(csv, row);
					rows++;
				}
			}
		}
		csv.flush();
		return rows;
	}

	private static String hexOrNull(byte[] value) {
		return value == null ? null : ExportCsv.hex(value);
	}

	private static ExportManifest withTables(ExportManifest m, List<ExportManifest.Table> tables) {
		return new ExportManifest(m.format(), m.council(), m.name(), m.onsCode(), m.region(), m.partnerships(),
				m.schema(), m.shard(), m.exportedAt(), m.exportedBy(), m.changelog(), m.csv(), List.copyOf(tables));
	}

	/** Makes the new file name itself durable; a file system that cannot sync a folder still has the file synced. */
	private static void forceFolder(Path folder) {
		try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
			directory.force(true);
		}
		catch (IOException ex) {
			log.warn("Could not sync the export folder {}; the export file itself is on disk", folder, ex);
		}
	}
}
