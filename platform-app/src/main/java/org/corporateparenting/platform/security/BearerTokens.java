package org.corporateparenting.platform.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads a request's bearer token as Spring Security's {@link DefaultBearerTokenResolver} does (from the
 * {@code Authorization} header only; never from a query or form parameter), without its regular expression for the
 * common case: {@code Bearer } (in any case) followed by the token's characters ({@code A-Z a-z 0-9 - . _ ~ + /}, then
 * any {@code =} padding) is checked character by character, which matched against a token of a kilobyte cost about a
 * twentieth of a simple API request. Anything else, a malformed token included, is left to Spring Security's resolver,
 * so it is refused (or passed over) exactly as before.
 */
final class BearerTokens implements BearerTokenResolver {

	private static final String SCHEME = "Bearer ";

	private final DefaultBearerTokenResolver spring = new DefaultBearerTokenResolver();

	@Override
	public String resolve(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
				&& isToken(header, SCHEME.length())) {
			return header.substring(SCHEME.length());
		}
		return spring.resolve(request);
	}

	/** Whether the text from {@code start} is one or more token characters followed by nothing but {@code =}. */
	static boolean isToken(String text, int start) {
		int i = start;
		while (i < text.length() && isTokenCharacter(text.charAt(i))) {
			i++;
		}
		if (i == start) {
			return false;
		}
		while (i < text.length() && text.charAt(i) == '=') {
			i++;
		}
		return i == text.length();
	}

	private static boolean isTokenCharacter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
				|| c == '_' || c == '~' || c == '+' || c == '/';
	}
}
