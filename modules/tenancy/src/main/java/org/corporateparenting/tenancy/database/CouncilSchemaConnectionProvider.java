package org.corporateparenting.tenancy.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * Hands Hibernate a pooled connection switched to the current council's schema, and switches it back to the
 * platform schema on release. The pools belong to the shards, not to councils, so the number of connections
 * stays flat however many councils there are.
 */
class CouncilSchemaConnectionProvider implements MultiTenantConnectionProvider<String> {

	private final DatabaseShards shards;

	private final SchemaNames schemaNames;

	private final Function<String, CouncilLocation> locations;

	CouncilSchemaConnectionProvider(DatabaseShards shards, SchemaNames schemaNames,
			Function<String, CouncilLocation> locations) {
		this.shards = shards;
		this.schemaNames = schemaNames;
		this.locations = locations;
	}

	@Override
	public Connection getAnyConnection() throws SQLException {
		return shards.defaultDataSource().getConnection();
	}

	@Override
	public void releaseAnyConnection(Connection connection) throws SQLException {
		connection.close();
	}

	@Override
	public Connection getConnection(String tenant) throws SQLException {
		if (CurrentCouncilResolver.PLATFORM.equals(tenant)) {
			return getAnyConnection();
		}
		CouncilLocation location = locations.apply(tenant);
		Connection connection = shards.dataSource(location.shard()).getConnection();
		try {
			connection.setCatalog(location.schema());
			return connection;
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

	@Override
	public void releaseConnection(String tenant, Connection connection) throws SQLException {
		try {
			connection.setCatalog(schemaNames.platform());
		}
		finally {
			connection.close();
		}
	}

	@Override
	public boolean supportsAggressiveRelease() {
		return false;
	}

	@Override
	public boolean isUnwrappableAs(Class<?> unwrapType) {
		return false;
	}

	@Override
	public <T> T unwrap(Class<T> unwrapType) {
		throw new UnsupportedOperationException("Cannot unwrap as " + unwrapType);
	}
}
