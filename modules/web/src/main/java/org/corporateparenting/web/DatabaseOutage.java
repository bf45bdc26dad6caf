package org.corporateparenting.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

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

	/**
	 * What the pool says, with no SQL state, when a transaction is rolled back on a connection it already closed
	 * because its server went away; that failed rollback replaces the failure that caused it.
	 */
	private static final String POOL_CLOSED_CONNECTION = "Connection is closed";

	private DatabaseOutage() {
	}

	public static boolean causedBy(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			// A failed rollback replaces the failure that caused it (the pool's "Connection is closed" carries no SQL
			// state); the transaction manager keeps that first failure beside it.
			if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
					&& causedBy(rollback.getApplicationException())) {
				return true;
			}
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException
					|| CONNECTION_FAILURES.contains(cause.getClass().getName())
					// SQL state class 08, a connection exception: among them the pool's "Connection is closed" when a
					// transaction whose server went away is rolled back (that failure replaces the first one).
					|| cause instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
							|| CONNECTION_ERROR_CODES.contains(sql.getErrorCode())
							|| sql.getSQLState() == null && POOL_CLOSED_CONNECTION.equals(sql.getMessage()))) {
				return true;
			}
		}
		return false;
	}
}
