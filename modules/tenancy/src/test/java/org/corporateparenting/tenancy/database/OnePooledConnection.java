package org.corporateparenting.tenancy.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/** A pool of one connection to the default server, so a test can follow what each piece of work leaves it on. */
public final class OnePooledConnection {

	private OnePooledConnection() {
	}

	/** Shards of one default server (the running one) whose pool holds a single connection; close them after. */
	public static DatabaseShards to(DatabaseShards running, DatabaseProperties properties, SchemaNames schemaNames)
			throws SQLException {
		DatabaseProperties one = new DatabaseProperties(properties.url(), properties.username(), properties.password(),
				1, properties.schemaPrefix(), Map.of(), properties.embedded(), properties.driverParameters());
		String server;
		try (Connection any = running.defaultDataSource().getConnection()) {
			server = any.getMetaData().getURL();
		}
		return new DatabaseShards(one, schemaNames, server, running.defaultDataSource().getUsername(),
				running.defaultDataSource().getPassword(), null);
	}
}
