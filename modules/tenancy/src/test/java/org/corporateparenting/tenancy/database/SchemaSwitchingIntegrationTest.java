package org.corporateparenting.tenancy.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;

import javax.sql.DataSource;

import org.corporateparenting.ModuleTestApplication;
import org.corporateparenting.tenancy.onboarding.CouncilOnboarding;
import org.corporateparenting.tenancy.onboarding.OnboardingRequest;
import org.corporateparenting.tenancy.registry.CouncilRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One pooled connection handed to two councils and to platform work in turn, as the pool does under load: each
 * checkout finds the connection on the schema it asked for, whatever the one before left it on; a checkout on the
 * schema the connection is already on sends no {@code USE} at all, and one on another schema exactly one.
 */
@SpringBootTest(classes = ModuleTestApplication.class)
class SchemaSwitchingIntegrationTest {

	@Autowired
	DatabaseProperties properties;

	@Autowired
	SchemaNames schemaNames;

	@Autowired
	CouncilRegistry registry;

	@Autowired
	CouncilOnboarding onboarding;

	@Autowired
	DatabaseShards shards;

	DatabaseShards onePooledConnection;

	CouncilSchemaConnectionProvider provider;

	DataSource platform;

	@BeforeEach
	void oneConnectionForEveryone() throws SQLException {
		for (String slug : List.of("switchshire", "swapshire")) {
			if (registry.findRecord(slug).isEmpty()) {
				onboarding.onboard(new OnboardingRequest(slug, slug + " Council", slug.equals("switchshire")
						? "E09008801" : "E09008802", "London", List.of(), List.of(), DatabaseShards.DEFAULT), "test");
			}
		}
		onePooledConnection = OnePooledConnection.to(shards, properties, schemaNames);
		platform = new PlatformSchemaDataSource(onePooledConnection.defaultDataSource(), schemaNames.platform());
		Function<String, CouncilLocation> locations = registry::locate;
		provider = new CouncilSchemaConnectionProvider(onePooledConnection, platform, locations, null);
		// Marks each council's schema, so an unqualified query shows whose schema it ran on.
		for (String slug : List.of("switchshire", "swapshire")) {
			Connection connection = provider.getConnection(slug);
			try (Statement statement = connection.createStatement()) {
				statement.execute("create table if not exists whose_schema (slug varchar(40))");
				statement.execute("delete from whose_schema");
				statement.execute("insert into whose_schema values ('" + slug + "')");
				connection.commit();
			}
			provider.releaseConnection(slug, connection);
		}
	}

	@AfterEach
	void closePool() {
		onePooledConnection.close();
	}

	@Test
	void eachCheckoutIsOnTheSchemaItAskedForWithAtMostOneSwitch() throws SQLException {
		long connectionId = -1;
		long switches = switchesSoFar(provider.getAnyConnection(), true);
		String[] turns = { "switchshire", "switchshire", "@platform", "swapshire", "switchshire", "@platform",
				"@platform", "swapshire", "swapshire" };
		String previous = "@platform";
		for (String turn : turns) {
			Connection connection = "@platform".equals(turn) ? provider.getAnyConnection() : provider.getConnection(turn);
			try {
				long id = single(connection, "select connection_id()");
				assertThat(connectionId == -1 || id == connectionId).as("the one pooled connection").isTrue();
				connectionId = id;
				long now = single(connection, "show session status like 'Com_change_db'");
				assertThat(now - switches).as("USE statements for " + turn + " after " + previous)
					.isEqualTo(turn.equals(previous) ? 0 : 1);
				switches = now;
				if ("@platform".equals(turn)) {
					assertThat(text(connection, "select database()")).isEqualTo(schemaNames.platform());
					assertThat(single(connection, "select count(*) from council where slug = 'switchshire'"))
						.as("the registry, unqualified").isEqualTo(1);
				}
				else {
					assertThat(text(connection, "select database()")).isEqualTo(schemaNames.council(turn));
					assertThat(text(connection, "select slug from whose_schema")).isEqualTo(turn);
				}
				connection.commit();
			}
			finally {
				if ("@platform".equals(turn)) {
					provider.releaseAnyConnection(connection);
				}
				else {
					provider.releaseConnection(turn, connection);
				}
			}
			previous = turn;
		}
		// Work outside Hibernate (sessions, Liquibase, the registry) takes the platform's data source: on the platform
		// schema too, after a council had the connection last.
		Connection council = provider.getConnection("swapshire");
		provider.releaseConnection("swapshire", council);
		try (Connection plain = platform.getConnection()) {
			assertThat(text(plain, "select database()")).isEqualTo(schemaNames.platform());
		}
	}

	private static long switchesSoFar(Connection connection, boolean release) throws SQLException {
		long count = single(connection, "show session status like 'Com_change_db'");
		if (release) {
			connection.commit();
			connection.close();
		}
		return count;
	}

	private static long single(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getMetaData().getColumnCount() == 2 ? rs.getLong(2) : rs.getLong(1);
		}
	}

	private static String text(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}
}
