package org.corporateparenting.web;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The browser protections on every response, whatever answers it: pages, the API, the sign-in, static files, error
 * and outage pages. Only this site's scripts run and nothing frames its pages; no address leaves for another site
 * beyond its origin; content types are not guessed. Behind a TLS-terminating proxy that says so
 * ({@code X-Forwarded-Proto: https}), browsers are told to use HTTPS only.
 */
@Component
class SecurityHeaders extends OncePerRequestFilter implements Ordered {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; script-src 'self';"
			+ " style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self';"
			+ " frame-ancestors 'none'";

	static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		write(request, response);
		chain.doFilter(request, response);
	}

	/** Writes the headers, again after a filter has reset the response to answer it differently. */
	static void write(HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
		if (request.isSecure()) {
			response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
		}
	}
}
