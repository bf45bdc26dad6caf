package org.corporateparenting.tenancy.testing;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.slf4j.MDC;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.Query;
import com.mysql.cj.interceptors.QueryInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.Message;
import com.mysql.cj.protocol.Resultset;
import com.mysql.cj.protocol.ServerSession;

/**
 * Counts what Connector/J sends to the server for a watched request: every statement, and also the {@code USE},
 * {@code SET}, {@code COMMIT} and {@code ROLLBACK} the driver sends on its own account, which a proxy around JDBC
 * would not see. Work is attributed by the logging context's request id, which the platform carries from a request
 * to the asynchronous listeners it starts, so a request's count includes its listeners' work and nothing else's.
 * <p>
 * Named in the connection URL ({@code queryInterceptors=...}, through {@code cpp.database.driver-parameters}).
 */
public class StatementCounter implements QueryInterceptor {

	/** The logging context's key for the request id. */
	public static final String REQUEST_ID = "requestId";

	private static final Map<String, List<String>> WATCHED = new ConcurrentHashMap<>();

	/** Starts recording what is sent for the request with this id. */
	public static void watch(String requestId) {
		WATCHED.put(requestId, new CopyOnWriteArrayList<>());
	}

	/** What was sent for the request so far, in order; stops nothing. */
	public static List<String> statements(String requestId) {
		return List.copyOf(WATCHED.getOrDefault(requestId, List.of()));
	}

	/** Stops recording the request and returns what it sent. */
	public static List<String> stop(String requestId) {
		List<String> sent = WATCHED.remove(requestId);
		return sent == null ? List.of() : List.copyOf(sent);
	}

	@Override
	public QueryInterceptor init(MysqlConnection connection, Properties properties, Log log) {
		return this;
	}

	@Override
	public <T extends Resultset> T preProcess(Supplier<String> sql, Query interceptedQuery) {
		String requestId = MDC.get(REQUEST_ID);
		if (requestId != null) {
			List<String> sent = WATCHED.get(requestId);
			if (sent != null) {
				sent.add(sql == null ? "?" : sql.get());
			}
		}
		return null;
	}

	@Override
	public boolean executeTopLevelOnly() {
		return false;
	}

	@Override
	public void destroy() {
	}

	@Override
	public <T extends Resultset> T postProcess(Supplier<String> sql, Query interceptedQuery, T originalResultSet,
			ServerSession serverSession) {
		return null;
	}

	@Override
	public <M extends Message> M preProcess(M queryPacket) {
		return null;
	}

	@Override
	public <M extends Message> M postProcess(M queryPacket, M originalResponsePacket) {
		return null;
	}
}
