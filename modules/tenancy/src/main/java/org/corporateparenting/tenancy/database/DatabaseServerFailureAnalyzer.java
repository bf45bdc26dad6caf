package org.corporateparenting.tenancy.database;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start-up that failed because a database server could not be opened ends with one line that names the server and
 * the cause (refused connection, unknown host, wrong password...), instead of a stack of two hundred lines with the
 * cause at the bottom.
 */
class DatabaseServerFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseServerUnavailableException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseServerUnavailableException cause) {
		String setting = DatabaseShards.DEFAULT.equals(cause.shard())
				? "CPP_DB_URL, CPP_DB_USER and CPP_DB_PASSWORD (cpp.database.url, .username, .password)"
				: "cpp.database.shards." + cause.shard() + ".url, .username and .password";
		return new FailureAnalysis(cause.getMessage() + ": " + reason(cause) + ".",
				"Check " + setting + ", and that the server is running and reachable from here."
						+ (DatabaseShards.DEFAULT.equals(cause.shard())
								? " Leave CPP_DB_URL empty to run on the embedded MariaDB instead." : ""),
				cause);
	}

	static String reason(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof UnknownHostException) {
				return "its host name is not known (" + cause.getMessage() + ")";
			}
			if (cause instanceof ConnectException) {
				return "nothing answers at that address and port (connection refused)";
			}
			if (cause instanceof NoRouteToHostException) {
				return "there is no route to that host";
			}
			if (cause instanceof SocketTimeoutException) {
				return "it did not answer within " + DatabaseShards.CONNECTION_TIMEOUT.toSeconds() + " s";
			}
			if (cause instanceof SQLException sql) {
				switch (sql.getErrorCode()) {
					case 1045:
						return "the server refused the user name or password";
					case 1044, 1142, 1227:
						return "the user may not create or use the platform's schemas (it needs CREATE, and all"
								+ " privileges on the cpp_ schemas)";
					case 1040:
						return "the server has too many connections";
					default:
						break;
				}
			}
		}
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return String.valueOf(root.getMessage()).lines().findFirst().orElse(root.getClass().getSimpleName());
	}
}
