package org.corporateparenting.tenancy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.corporateparenting.ModuleTestApplication;
import org.corporateparenting.tenancy.database.DatabaseShards;
import org.corporateparenting.tenancy.database.SchemaNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The tenancy module on two database servers: the platform's embedded MariaDB as the default shard and a second
 * embedded MariaDB as the shard {@code second}. Subclasses share one application context.
 */
@SpringBootTest(classes = ModuleTestApplication.class)
@Import(OnboardedCouncilsListener.class)
abstract class TwoServerIntegrationTest {

	static final String SECOND = "second";

	private static final Path EXPORTS = temporaryFolder();

	@Autowired
	DatabaseShards shards;

	@Autowired
	SchemaNames schemaNames;

	@DynamicPropertySource
	static void secondServer(DynamicPropertyRegistry properties) {
		properties.add("cpp.database.shards." + SECOND + ".url", SecondDatabaseServer::url);
		properties.add("cpp.offboarding.export-folder", EXPORTS::toString);
	}

	/** Plain JDBC on one server, outside the platform's pools, in its platform schema. */
	Connection server(String shard) throws SQLException {
		return shards.openDedicated(shard, schemaNames.platform());
	}

	boolean schemaExists(String shard, String schema) throws SQLException {
		return count(shard, "select count(*) from information_schema.schemata where schema_name = ?", schema) > 0;
	}

	long count(String shard, String sql, String... parameters) throws SQLException {
		try (Connection connection = server(shard); PreparedStatement query = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				query.setString(i + 1, parameters[i]);
			}
			try (ResultSet rs = query.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	/** Deleted once Spring has closed every test context. */
	private static Path temporaryFolder() {
		try {
			Path folder = Files.createTempDirectory("cpp-exports-");
			SpringApplication.getShutdownHandlers().add(() -> FileSystemUtils.deleteRecursively(folder.toFile()));
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
