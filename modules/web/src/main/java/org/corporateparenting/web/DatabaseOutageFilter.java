package org.corporateparenting.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The outermost filter: a request that failed because a database server could not be reached, wherever it failed
 * (loading a session, a transaction, a page), is answered 503 with {@code Retry-After}: a problem for the API, a
 * short page for people. Outside every other filter but {@link SecurityHeaders}, because those (sessions among them) may need the database
 * themselves, and so may an error page.
 */
@Component
class DatabaseOutageFilter extends OncePerRequestFilter implements Ordered {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!DatabaseOutage.causedBy(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("{} {} answered 503: a database server cannot be reached ({})", request.getMethod(),
					request.getRequestURI(), ex.getMessage());
			response.reset();
			SecurityHeaders.write(request, response);
			respond(request, response);
		}
	}

	static void respond(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER.toSeconds()));
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			// As the API's other problems are written: JSON is UTF-8, with no charset parameter.
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getOutputStream()
				.write(("{\"type\":\"urn:cpp:problem:database-unavailable\",\"title\":\"Service unavailable\","
						+ "\"status\":503,\"detail\":\"" + DatabaseOutage.MESSAGE + "\",\"instance\":\""
						+ request.getRequestURI().replace("\"", "%22") + "\"}").getBytes(StandardCharsets.UTF_8));
		}
		else {
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			response.getWriter()
				.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sorry, the service is"
						+ " unavailable - Corporate Parenting Platform</title><meta name=\"viewport\""
						+ " content=\"width=device-width, initial-scale=1\"></head><body style=\"font-family: arial,"
						+ " sans-serif; margin: 2em;\"><main><h1>Sorry, the service is unavailable</h1><p>"
						+ DatabaseOutage.MESSAGE + "</p></main></body></html>");
		}
	}
}
