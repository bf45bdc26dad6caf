package org.corporateparenting.tenancy.database;

import java.sql.Connection;
import java.sql.SQLException;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Whether each database server answers, within a second: the platform's own server decides readiness (without it
 * nobody can sign in or be routed), the others are reported beside it, since a server that is down costs only its
 * own councils. In the readiness group as {@code databaseServers}; its details name each server's state.
 */
@Component("databaseServers")
class DatabaseServersHealth extends AbstractHealthIndicator {

	private final DatabaseShards shards;

	DatabaseServersHealth(DatabaseShards shards) {
		super("The database servers cannot be checked");
		this.shards = shards;
	}

	@Override
	protected void doHealthCheck(Health.Builder health) {
		boolean platformUp = true;
		for (String shard : shards.names()) {
			boolean up = answers(shard);
			health.withDetail(shard, up ? "UP" : "DOWN");
			platformUp &= up || !DatabaseShards.DEFAULT.equals(shard);
		}
		if (platformUp) {
			health.up();
		}
		else {
			health.down();
		}
	}

	private boolean answers(String shard) {
		try (Connection connection = shards.dataSource(shard).getConnection()) {
			return connection.isValid(1);
		}
		catch (SQLException | RuntimeException ex) {
			return false;
		}
	}
}
