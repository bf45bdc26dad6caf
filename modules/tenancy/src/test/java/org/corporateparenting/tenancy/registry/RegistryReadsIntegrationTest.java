package org.corporateparenting.tenancy.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.corporateparenting.ModuleTestApplication;
import org.corporateparenting.tenancy.database.DatabaseProperties;
import org.corporateparenting.tenancy.database.DatabaseShards;
import org.corporateparenting.tenancy.database.OnePooledConnection;
import org.corporateparenting.tenancy.database.SchemaNames;
import org.corporateparenting.tenancy.onboarding.CouncilOnboarding;
import org.corporateparenting.tenancy.onboarding.OnboardingRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The registry is read (in full, and its change counter polled every second) on a pooled connection left on a
 * council's schema, and leaves it there: reading it sends no {@code USE}, so the next request of that council needs
 * none either.
 */
@SpringBootTest(classes = ModuleTestApplication.class)
class RegistryReadsIntegrationTest {

	@Autowired
	DatabaseProperties properties;

	@Autowired
	SchemaNames schemaNames;

	@Autowired
	DatabaseShards shards;

	@Autowired
	CouncilRegistry running;

	@Autowired
	CouncilOnboarding onboarding;

	@Test
	void readingAndPollingTheRegistryLeaveAConnectionOnTheCouncilsSchema() throws SQLException {
		if (running.findRecord("pollshire").isEmpty()) {
			onboarding.onboard(new OnboardingRequest("pollshire", "Pollshire Council", "E09008803", "London", List.of(),
					List.of(), DatabaseShards.DEFAULT), "test");
		}
		String council = running.findRecord("pollshire").orElseThrow().schemaName();
		DatabaseShards one = OnePooledConnection.to(shards, properties, schemaNames);
		try {
			CouncilRegistry registry = new CouncilRegistry(JdbcClient.create(one.defaultDataSource()),
					new DelegatingDataSource(one.defaultDataSource()), schemaNames);
			long switches;
			try (Connection connection = one.defaultDataSource().getConnection()) {
				connection.setCatalog(council);
				switches = single(connection, "show session status like 'Com_change_db'");
				connection.commit();
			}
			// The first read loads the whole registry; the polls then ask for its change counter.
			assertThat(registry.findRecord("pollshire")).isPresent();
			registry.poll();
			registry.poll();
			try (Connection connection = one.defaultDataSource().getConnection()) {
				assertThat(single(connection, "show session status like 'Com_change_db'") - switches)
					.as("USE statements while the registry was read and polled")
					.isZero();
				try (Statement statement = connection.createStatement();
						ResultSet rs = statement.executeQuery("select database()")) {
					rs.next();
					assertThat(rs.getString(1)).isEqualTo(council);
				}
				connection.commit();
			}
		}
		finally {
			one.close();
		}
	}

	private static long single(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(2);
		}
	}
}
