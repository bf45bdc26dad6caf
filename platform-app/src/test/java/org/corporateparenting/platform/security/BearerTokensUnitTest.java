package org.corporateparenting.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** The platform reads a bearer token, or refuses it, exactly as Spring Security's own resolver does. */
class BearerTokensUnitTest {

	private static final String JWT = "eyJraWQiOiJsb2NhbCIsImFsZyI6IlJTMjU2In0.eyJzdWIiOiJ3YWxzYWxsLW9mZmljZXIifQ"
			+ ".c2lnbmF0dXJlLXdpdGgtXy1hbmQtfg";

	static List<String[]> requests() {
		List<String[]> requests = new ArrayList<>();
		for (String header : new String[] { null, "Bearer " + JWT, "bearer " + JWT, "BEARER " + JWT, "Bearer abc==",
				"Bearer a+b/c~d_e-f.g", "Bearer ", "Bearer", "Bearer  " + JWT, "Bearer " + JWT + " ", "Bearer ab=cd",
				"Bearer ==", "Bearer abc$", "Bearer abc\n", "Bearer é", "Basic dXNlcjpwYXNz", "Bearerabc", "Token abc",
				"" }) {
			requests.add(new String[] { header, null });
			requests.add(new String[] { header, "abc" });
		}
		return requests;
	}

	@ParameterizedTest
	@MethodSource("requests")
	void readsOrRefusesAsSpringSecurityDoes(String header, String accessTokenParameter) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/councils/walsall/dashboard");
		if (header != null) {
			request.addHeader("Authorization", header);
		}
		if (accessTokenParameter != null) {
			request.setParameter("access_token", accessTokenParameter);
		}

		assertThat(outcome(new BearerTokens()::resolve, request))
			.isEqualTo(outcome(new DefaultBearerTokenResolver()::resolve, request));
	}

	private static String outcome(Function<MockHttpServletRequest, String> resolver, MockHttpServletRequest request) {
		try {
			return "token " + resolver.apply(request);
		}
		catch (OAuth2AuthenticationException ex) {
			return "refused " + ex.getError().getErrorCode() + ": " + ex.getError().getDescription();
		}
	}
}
