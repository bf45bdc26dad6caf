package org.corporateparenting.tenancy.database;

/**
 * Builds Connector/J URLs for one database server, opening a given schema with the settings the platform relies
 * on. MySQL calls a schema a database, which JDBC calls a catalog: the platform switches schema with
 * {@code Connection.setCatalog} under Connector/J's default {@code databaseTerm=CATALOG}, because Liquibase reads
 * metadata by catalog and fails to see its own tables under {@code databaseTerm=SCHEMA}.
 * {@code useLocalSessionState} makes switching to the schema already selected cost no round trip.
 * {@code readOnlyPropagatesToServer=false}: a read-only transaction would otherwise cost a
 * {@code SET SESSION TRANSACTION READ ONLY} and a {@code READ WRITE} after it, to buy InnoDB's skipping a
 * transaction id on reads that take no locks anyway; Hibernate already skips flushing read-only work.
 * {@code cachePrepStmts}: the driver parses a statement's text (to find its parameters) once per connection rather
 * than on every execution; measured, the parsing was a sixth of a write request's time. The statements stay
 * client-side: a server-side prepared statement is bound to the schema it was prepared in, and connections move
 * between councils' schemas.
 */
public record ServerUrl(String server, String extraParameters) {

	private static final String PARAMETERS = "useLocalSessionState=true&createDatabaseIfNotExist=true"
			+ "&characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
			+ "&rewriteBatchedStatements=true&allowPublicKeyRetrieval=true&sslMode=PREFERRED"
			+ "&readOnlyPropagatesToServer=false&cachePrepStmts=true&prepStmtCacheSize=500&prepStmtCacheSqlLimit=8192"
			+ "&useServerPrepStmts=false&maintainTimeStats=false&elideSetAutoCommits=true&connectTimeout=2000";

	/** Accepts {@code jdbc:mysql://host:port}, optionally followed by a path and {@code ?parameters}. */
	public static ServerUrl parse(String url) {
		if (!url.startsWith("jdbc:mysql://") && !url.startsWith("jdbc:mariadb://")) {
			throw new IllegalArgumentException("Database URL must start with jdbc:mysql:// but was " + url);
		}
		String withoutScheme = url.replaceFirst("^jdbc:(mysql|mariadb)://", "");
		int query = withoutScheme.indexOf('?');
		String extra = query < 0 ? "" : withoutScheme.substring(query + 1);
		String hostPart = query < 0 ? withoutScheme : withoutScheme.substring(0, query);
		int slash = hostPart.indexOf('/');
		String host = slash < 0 ? hostPart : hostPart.substring(0, slash);
		return new ServerUrl("jdbc:mysql://" + host, extra);
	}

	/** The same server with more Connector/J settings ({@code name=value&...}) after its own. */
	public ServerUrl with(String parameters) {
		if (parameters.isBlank()) {
			return this;
		}
		return new ServerUrl(server, extraParameters.isEmpty() ? parameters : extraParameters + "&" + parameters);
	}

	/** The server's address without its settings (which could hold a password), to name it in a message. */
	public String forDisplay() {
		return server;
	}

	public String forSchema(String schema) {
		return server + "/" + schema + "?" + PARAMETERS + (extraParameters.isEmpty() ? "" : "&" + extraParameters);
	}
}
