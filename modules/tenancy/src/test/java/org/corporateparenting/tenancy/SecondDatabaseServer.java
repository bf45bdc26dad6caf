package org.corporateparenting.tenancy;

import org.corporateparenting.tenancy.testing.TestDatabaseServer;

/** The database server behind the shard {@code second} in the tenancy module's tests. */
final class SecondDatabaseServer {

	private SecondDatabaseServer() {
	}

	static String url() {
		return TestDatabaseServer.named("second").url();
	}
}
