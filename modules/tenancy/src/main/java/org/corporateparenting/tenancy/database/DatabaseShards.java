package org.corporateparenting.tenancy.database;

import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

/**
 * The database servers councils live on, each with one connection pool shared by all of its councils. The
 * registry records each council's shard; the default shard also holds the platform schema.
 */
public class DatabaseShards implements AutoCloseable {

	public static final String DEFAULT = "default";

	/** How long a request waits for a connection before it is answered that the database is unavailable. */
	static final java.time.Duration CONNECTION_TIMEOUT = java.time.Duration.ofSeconds(2);

	private final Map<String, Shard> shards = new LinkedHashMap<>();

	private final SchemaNames schemaNames;

	private final @Nullable MeterRegistry meters;

	private final String driverParameters;

	/**
	 * @param defaultServerUrl the default server, with the login below (the embedded server's own, or the configured
	 *     one)
	 * @param meters where every server's pool reports its connections, if metrics are on
	 */
	public DatabaseShards(DatabaseProperties properties, SchemaNames schemaNames, String defaultServerUrl,
			String username, String password, @Nullable MeterRegistry meters) {
		this.schemaNames = schemaNames;
		this.meters = meters;
		this.driverParameters = properties.driverParameters();
		shards.put(DEFAULT, open(DEFAULT, defaultServerUrl, username, password, properties.poolSize()));
		properties.shards()
			.forEach((name, shard) -> shards.put(name,
					open(name, shard.url(), shard.username(), shard.password(), shard.poolSize())));
	}

	private Shard open(String name, String url, String username, String password, int poolSize) {
		ServerUrl server;
		try {
			server = ServerUrl.parse(url).with(driverParameters);
		}
		catch (IllegalArgumentException ex) {
			throw new DatabaseServerUnavailableException(name, url.replaceFirst("\\?.*", ""), username, ex);
		}
		HikariConfig config = new HikariConfig();
		config.setPoolName("cpp-" + name);
		config.setJdbcUrl(server.forSchema(schemaNames.platform()));
		config.setUsername(username);
		config.setPassword(password);
		config.setMaximumPoolSize(poolSize);
		config.setMinimumIdle(Math.min(2, poolSize));
		// Hibernate is told the pool disables auto-commit, which saves two round trips per transaction.
		config.setAutoCommit(false);
		// A server that is down fails its requests within seconds (a 503 the caller can retry), rather than holding
		// them for the pool's default 30 s.
		config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
		config.setValidationTimeout(1000);
		// Read committed, as PostgreSQL and Oracle default to: no gap locks (concurrent writers to a read model or the
		// published values do not deadlock), and transactions that ask for it cost no SET statement.
		config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
		if (meters != null) {
			config.setMetricRegistry(meters);
		}
		try {
			return new Shard(name, server, username, password, new HikariDataSource(config));
		}
		catch (HikariPool.PoolInitializationException ex) {
			throw new DatabaseServerUnavailableException(name, server.forDisplay(), username,
					ex.getCause() == null ? ex : ex.getCause());
		}
	}

	public Set<String> names() {
		return shards.keySet();
	}

	public boolean exists(String name) {
		return shards.containsKey(name);
	}

	public DataSource dataSource(String shard) {
		return get(shard).dataSource();
	}

	public HikariDataSource defaultDataSource() {
		return get(DEFAULT).dataSource();
	}

	/**
	 * A connection of its own, outside the pool, whose default schema is the given one. Migrations use it, so
	 * that each council's Liquibase run sees only its own schema and never holds a pooled connection.
	 */
	public Connection openDedicated(String shard, String schema) throws SQLException {
		Shard target = get(shard);
		Connection connection = DriverManager.getConnection(target.server().forSchema(schema), target.username(),
				target.password());
		connection.setAutoCommit(false);
		return connection;
	}

	private Shard get(String name) {
		Shard shard = shards.get(name);
		if (shard == null) {
			throw new IllegalArgumentException("No database shard named " + name);
		}
		return shard;
	}

	@Override
	public void close() {
		shards.values().forEach(shard -> shard.dataSource().close());
	}

	private record Shard(String name, ServerUrl server, String username, String password, HikariDataSource dataSource) {
	}
}
