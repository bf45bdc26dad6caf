package org.corporateparenting.tenancy.database;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The default server's pool as everything but a council's own work sees it: each connection handed out is on the
 * platform schema. A pooled connection is left on whichever council's schema it last served (switching back on
 * every release would cost a round trip per transaction), so work outside any council with unqualified SQL
 * (Liquibase, event publications of the platform) puts it back first; the registry and sessions name their schema and
 * need not. Switching to the schema a connection is already on costs nothing ({@code useLocalSessionState}).
 */
class PlatformSchemaDataSource extends DelegatingDataSource {

	private final String platformSchema;

	PlatformSchemaDataSource(DataSource pool, String platformSchema) {
		super(pool);
		this.platformSchema = platformSchema;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return onPlatform(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return onPlatform(super.getConnection(username, password));
	}

	private Connection onPlatform(Connection connection) throws SQLException {
		try {
			connection.setCatalog(platformSchema);
			return connection;
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}
}
