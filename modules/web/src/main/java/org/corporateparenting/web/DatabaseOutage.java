package org.corporateparenting.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether something went wrong because a database server could not be reached (it is down, restarting, or its
 * connections all stayed busy past the pool's wait): the request can be tried again shortly, and is answered 503 with
 * {@code Retry-After}, never 500.
 */
public final class DatabaseOutage {

	/** When to try again. */
	public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	public static final String MESSAGE = "The service cannot reach its database just now. Nothing was changed. Try again"
			+ " in a few seconds.";

	/** Named rather than imported: the driver and Hibernate are not this module's to depend on. */
	private static final Set<String> CONNECTION_FAILURES = Set.of(
			"com.mysql.cj.jdbc.exceptions.CommunicationsException", "com.mysql.cj.exceptions.CJCommunicationsException",
			"org.hibernate.exception.JDBCConnectionException");

	/**
	 * Server error codes that mean the connection, not the statement, failed: the server is shutting down (1053), it
	 * killed the connection as it stopped (1927, which MariaDB reports under SQL state 70100 or HY000), or the
	 * connection was lost (2006, 2013).
	 */
	private static final Set<Integer> CONNECTION_ERROR_CODES = Set.of(1053, 1927, 2006, 2013);

	private DatabaseOutage() {
	}

	public static boolean causedBy(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException
					|| CONNECTION_FAILURES.contains(cause.getClass().getName())
					// SQL state class 08, a connection exception: among them the pool's "Connection is closed" when a
					// transaction whose server went away is rolled back (that failure replaces the first one).
					|| cause instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
							|| CONNECTION_ERROR_CODES.contains(sql.getErrorCode()))) {
				return true;
			}
		}
		return false;
	}
}
