package org.corporateparenting.platform.edges;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;

/**
 * The browser protections are on every response, whoever answers it, and behind a TLS-terminating proxy (which says
 * so in {@code X-Forwarded-Proto}) the platform tells browsers to keep to HTTPS and marks its session cookie Secure.
 */
@PlatformTest
class ResponseHeadersIntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void everyKindOfResponseCarriesTheSecurityHeaders() {
		PlatformApi api = new PlatformApi(port);
		String officer = api.token("walsall-officer");
		List<PlatformApi.Response> responses = List.of(api.get("/", null), api.get("/councils/walsall", null),
				api.get("/oauth2/authorization/cpp", null), api.get("/login", null),
				api.get("/api/councils/walsall", officer), api.get("/api/councils/walsall", null),
				api.get("/api/councils/walsall/no-such-thing", officer), api.get("/api/admin/councils", officer),
				api.get("/actuator/health", null), api.get("/actuator/prometheus", null), api.get("/v3/api-docs", null),
				api.get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css", null),
				api.get("/no-such-page", null));

		assertThat(responses).extracting(PlatformApi.Response::status)
			.contains(200, 302, 401, 403, 404)
			.doesNotContain(500);
		for (PlatformApi.Response response : responses) {
			HttpHeaders headers = response.headers();
			assertThat(headers.getFirst("Content-Security-Policy")).as("CSP of a %s", response.status())
				.contains("default-src 'self'")
				.contains("frame-ancestors 'none'")
				.doesNotContain("unsafe-eval");
			assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
			assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
			assertThat(headers.get("Content-Security-Policy")).as("one policy, not two").hasSize(1);
			assertThat(headers.getFirst("Strict-Transport-Security")).as("not over plain HTTP").isNull();
		}
	}

	@Test
	void behindATlsProxyBrowsersAreToldToKeepToHttpsAndTheSessionCookieIsSecure() {
		PlatformApi api = new PlatformApi(port).withHeader("X-Forwarded-Proto", "https")
			.withHeader("X-Forwarded-Host", "cpp.example.gov.uk");

		PlatformApi.Response signIn = api.get("/oauth2/authorization/cpp", null);

		assertThat(signIn.status()).isEqualTo(302);
		assertThat(signIn.headers().getFirst("Strict-Transport-Security")).startsWith("max-age=31536000");
		assertThat(signIn.headers().getLocation()).hasScheme("https").hasHost("cpp.example.gov.uk");
		assertThat(signIn.headers().get(HttpHeaders.SET_COOKIE)).isNotEmpty()
			.allSatisfy(cookie -> assertThat(cookie).contains("Secure").contains("HttpOnly"));
		assertThat(api.get("/api/councils/walsall", null).headers().getFirst("Strict-Transport-Security"))
			.startsWith("max-age=31536000");

		PlatformApi.Response plain = new PlatformApi(port).get("/oauth2/authorization/cpp", null);
		assertThat(plain.headers().get(HttpHeaders.SET_COOKIE)).isNotEmpty()
			.noneSatisfy(cookie -> assertThat(cookie).contains("Secure"));
	}
}
