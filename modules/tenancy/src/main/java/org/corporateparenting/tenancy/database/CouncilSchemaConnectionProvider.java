package org.corporateparenting.tenancy.database;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;
import java.util.function.Function;

import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * Hands Hibernate a pooled connection on the current council's schema (or the platform's, outside any council). A
 * connection is switched when it is checked out, and only when it is on another schema: at most one {@code USE} per
 * transaction, none when the pool hands back a connection already on the council's schema. Nothing is switched back
 * on release, so every checkout must name its schema: unqualified SQL never depends on where a connection was left.
 * The pools belong to the shards, not to councils, so the number of connections stays flat however many councils
 * there are. How long each council's work holds a connection is timed
 * ({@code cpp.database.connection.held}, tagged with the council: only councils in the registry reach here), the
 * database time each council costs, since the pools and Hibernate's statistics are shared by all.
 */
class CouncilSchemaConnectionProvider implements MultiTenantConnectionProvider<String> {

	private final DatabaseShards shards;

	private final DataSource platform;

	private final Function<String, CouncilLocation> locations;

	private final @Nullable MeterRegistry meters;

	private final Map<Connection, Timer.Sample> held = new ConcurrentHashMap<>();

	/** @param platform the default server's pool, handing out connections on the platform schema */
	CouncilSchemaConnectionProvider(DatabaseShards shards, DataSource platform,
			Function<String, CouncilLocation> locations, @Nullable MeterRegistry meters) {
		this.shards = shards;
		this.platform = platform;
		this.locations = locations;
		this.meters = meters;
	}

	@Override
	public Connection getAnyConnection() throws SQLException {
		return platform.getConnection();
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
		connection.close();
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
