package org.corporateparenting.tenancy.database;

/**
 * A database server the platform is configured with could not be opened at start-up: named by its shard, address and
 * user (never its password), with what went wrong in words an operator can act on.
 */
public class DatabaseServerUnavailableException extends RuntimeException {

	private final String shard;

	private final String address;

	private final String username;

	DatabaseServerUnavailableException(String shard, String address, String username, Throwable cause) {
		super("Database server '" + shard + "' at " + address + " could not be opened as user '" + username + "'",
				cause);
		this.shard = shard;
		this.address = address;
		this.username = username;
	}

	public String shard() {
		return shard;
	}

	public String address() {
		return address;
	}

	public String username() {
		return username;
	}
}
