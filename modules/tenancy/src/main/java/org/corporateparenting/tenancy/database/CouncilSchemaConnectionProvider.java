package org.corporateparenting.tenancy.database;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * Hands Hibernate a pooled connection switched to the current council's schema, and switches it back to the
 * platform schema on release. The pools belong to the shards, not to councils, so the number of connections
 * stays flat however many councils there are. How long each council's work holds a connection is timed
 * ({@code cpp.database.connection.held}, tagged with the council: only councils in the registry reach here), the
 * database time each council costs, since the pools and Hibernate's statistics are shared by all.
 */
class CouncilSchemaConnectionProvider implements MultiTenantConnectionProvider<String> {

	private final DatabaseShards shards;

	private final SchemaNames schemaNames;

	private final Function<String, CouncilLocation> locations;

	private final @Nullable MeterRegistry meters;

	private final Map<Connection, Timer.Sample> held = new ConcurrentHashMap<>();

	CouncilSchemaConnectionProvider(DatabaseShards shards, SchemaNames schemaNames,
			Function<String, CouncilLocation> locations, @Nullable MeterRegistry meters) {
		this.shards = shards;
		this.schemaNames = schemaNames;
		this.locations = locations;
		this.meters = meters;
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
			if (meters != null) {
				held.put(connection, Timer.start(meters));
			}
			return connection;
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

	@Override
	public void releaseConnection(String tenant, Connection connection) throws SQLException {
		Timer.Sample sample = held.remove(connection);
		if (sample != null && meters != null) {
			sample.stop(Timer.builder("cpp.database.connection.held")
				.description("How long a council's work held a database connection")
				.tag("council", tenant)
				.register(meters));
		}
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
