package org.corporateparenting.platform.security;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How the API answers a caller it cannot authenticate: 401 with the bearer challenge and, like every other refusal, an
 * RFC 9457 problem whose detail says why (no token, an issuer nobody on the platform trusts, a bad signature, an
 * expired token, another audience); or 503 with {@code Retry-After} when the token's issuer cannot be reached for its
 * keys, which is the provider's outage and not the caller's fault.
 */
final class ApiRefusals implements AuthenticationEntryPoint {

	private static final JacksonJsonHttpMessageConverter PROBLEMS = new JacksonJsonHttpMessageConverter();

	private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

	/**
	 * Every failure of a bearer token goes to the refusals, also one Spring Security counts as its own fault
	 * (which it would otherwise rethrow as a 500).
	 */
	AuthenticationFailureHandler failureHandler() {
		AuthenticationEntryPointFailureHandler handler = new AuthenticationEntryPointFailureHandler(this);
		handler.setRethrowAuthenticationServiceException(false);
		return handler;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
			throws IOException {
		for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
			if (cause instanceof IssuerUnavailableException unavailable) {
				response.setHeader(HttpHeaders.RETRY_AFTER,
						String.valueOf(IssuerUnavailableException.RETRY_AFTER.toSeconds()));
				write(response, HttpStatus.SERVICE_UNAVAILABLE, unavailable.getMessage());
				return;
			}
		}
		challenge.commence(request, response, refused);
		String detail = refused instanceof InsufficientAuthenticationException
				? "Sign in first: send an access token from the platform's sign-in or the council's identity provider"
						+ " as Authorization: Bearer <token>"
				: "The token was refused: " + refused.getMessage();
		write(response, HttpStatus.UNAUTHORIZED, detail);
	}

	private static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		PROBLEMS.write(ProblemDetail.forStatusAndDetail(status, detail), MediaType.APPLICATION_PROBLEM_JSON,
				new ServletServerHttpResponse(response));
	}
}
