package org.corporateparenting.platform.observability;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import org.corporateparenting.web.PersonName;
import org.slf4j.MDC;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts who is asking ({@code user}, their display name, and {@code subject}, as their identity provider knows them)
 * and a request id ({@code requestId}) into the logging context for the rest of
 * the request, beside the {@code council} the council context adds, so that every log line of a request, and of the
 * async work it starts, can be found together. The id is the caller's {@code X-Request-Id} (from a proxy or a
 * script) when it looks like one, otherwise a new one; either way the response carries it, so a caller can quote
 * it.
 * <p>
 * It runs in the security chains once the caller is authenticated and before authorisation and the council filter,
 * so refusals are logged with both.
 */
public class RequestLogContext extends OncePerRequestFilter {

	public static final String HEADER = "X-Request-Id";

	private static final String USER = "user";

	/** Who the user is to their identity provider, beside the name they are shown by. */
	private static final String SUBJECT = "subject";

	private static final String REQUEST_ID = "requestId";

	/** Letters, digits and a little punctuation, at most 64: nothing that could forge or swell a log line. */
	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String requestId = requestId(request.getHeader(HEADER));
		response.setHeader(HEADER, requestId);
		MDC.put(REQUEST_ID, requestId);
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (trust.isAuthenticated(caller)) {
			MDC.put(USER, PersonName.of(caller));
			MDC.put(SUBJECT, PersonName.subject(caller));
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(REQUEST_ID);
			MDC.remove(USER);
			MDC.remove(SUBJECT);
		}
	}

	private static String requestId(String given) {
		return given != null && WELL_FORMED.matcher(given).matches() ? given : UUID.randomUUID().toString();
	}
}
