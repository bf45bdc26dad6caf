package org.corporateparenting.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.corporateparenting.platform.LocalIssuerTokens;
import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.platform.StubIdentityProvider;
import org.corporateparenting.platform.TrustingCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * Carrying a council is not enough to read it: every address of the council's API, walked from the application's own
 * request mappings, refuses a token that names the council but gives none of its roles (403, saying which roles are
 * accepted), whether it comes from the platform's own issuer or an issuer the council trusts; and a token of another
 * council still finds nothing there (404). Every other refusal says which it is, in a problem of its own.
 */
@PlatformTest
class CouncilRefusalsIntegrationTest {

	static final StubIdentityProvider ROLESHIRES_REALM = new StubIdentityProvider("roleshire").start();

	@RegisterExtension
	static final TrustingCouncil ROLESHIRE = new TrustingCouncil("roleshire", ROLESHIRES_REALM);

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JWKSource<SecurityContext> localKeys;

	@Autowired
	SecurityProperties security;

	PlatformApi api;

	@BeforeEach
	void setUp() {
		api = new PlatformApi(port);
	}

	/**
	 * The platform's firewall ({@link HeaderCharacters}) is the one requests pass through: the chain Spring MVC's
	 * security configuration registers wraps the filter chain proxy that Spring Security built with it.
	 */
	@Test
	void requestsPassTheFirewallWhoseHeaderChecksNeedNoRegularExpression(
			@Autowired org.springframework.security.web.FilterChainProxy registered,
			@Autowired org.springframework.security.web.firewall.HttpFirewall firewall) {
		Object built = org.springframework.test.util.ReflectionTestUtils.getField(registered, "springSecurityFilterChain");
		assertThat(built).as("the filter chain proxy Spring Security built").isNotNull();
		assertThat(org.springframework.test.util.ReflectionTestUtils.getField(built, "firewall")).isSameAs(firewall);
	}

	@Test
	void everyCouncilAddressRefusesATokenWithTheCouncilButNoRole() {
		// Every member of the realm carries the council (a constant claim), most with nothing the platform knows.
		String fromTheCouncilsIssuer = ROLESHIRES_REALM.token(Map.of("sub", "4e3c6016-member", "aud",
				"corporate-parenting", "council", ROLESHIRE.slug(), "roles",
				List.of("offline_access", "uma_authorization")));
		String fromThePlatformsIssuer = new LocalIssuerTokens(localKeys, security)
			.token(Map.of("sub", "someone", "aud", "corporate-parenting", "council", "walsall"));

		List<String> addresses = councilAddresses();
		assertThat(addresses).hasSizeGreaterThan(100);
		for (String address : addresses) {
			assertRefusedForNoRole(address.replace("{council}", ROLESHIRE.slug()), fromTheCouncilsIssuer);
			assertRefusedForNoRole(address.replace("{council}", "walsall"), fromThePlatformsIssuer);
		}
	}

	@Test
	void everyCouncilAddressStillFindsNothingForAnotherCouncilsToken() {
		String walsallOfficer = api.token("walsall-officer");
		String roleshireViewer = ROLESHIRES_REALM.token(Map.of("sub", "viewer", "aud", "corporate-parenting",
				"council", ROLESHIRE.slug(), "roles", List.of("VIEWER")));

		for (String address : councilAddresses()) {
			assertNotFound(address.replace("{council}", ROLESHIRE.slug()), walsallOfficer);
			assertNotFound(address.replace("{council}", "walsall"), roleshireViewer);
		}
	}

	@Test
	void aCouncilRoleFromTheTrustedIssuerOpensTheCouncil() {
		String viewer = ROLESHIRES_REALM.token(Map.of("sub", "viewer", "aud", "corporate-parenting", "council",
				ROLESHIRE.slug(), "roles", List.of("VIEWER")));

		assertThat(api.get("/api/councils/" + ROLESHIRE.slug(), viewer).status()).isEqualTo(200);
		assertThat(api.get("/api/councils/" + ROLESHIRE.slug() + "/strategies", viewer).status()).isEqualTo(200);
	}

	@Test
	void eachRefusalSaysWhichItIs() {
		String walsall = "/api/councils/walsall";

		assertProblem(api.get(walsall, null), 401, "Sign in first: send an access token");
		assertProblem(api.get(walsall, "not-a-token"), 401, "The token was refused: ");
		String officer = api.token("walsall-officer");
		assertProblem(api.get(walsall, officer.substring(0, officer.lastIndexOf('.') + 1) + "c2lnbmF0dXJl"), 401,
				"The token was refused: ");
		StubIdentityProvider stranger = new StubIdentityProvider("stranger");
		assertProblem(api.get(walsall, stranger.token("https://login.stranger.example/realms/x", Map.of("sub", "s",
				"council", "walsall", "roles", List.of("OFFICER")))), 401,
				"The token was refused: the platform trusts no issuer https://login.stranger.example/realms/x");

		String keycloaksDefaultAudience = ROLESHIRES_REALM.token(Map.of("sub", "member", "aud", "account", "council",
				ROLESHIRE.slug(), "roles", List.of("OFFICER")));
		assertProblem(api.get("/api/councils/" + ROLESHIRE.slug(), keycloaksDefaultAudience), 401,
				"The token was refused: it is not meant for this platform: its audience (account) does not include"
						+ " corporate-parenting");

		String noCouncil = ROLESHIRES_REALM.token(Map.of("sub", "member", "aud", "corporate-parenting", "roles",
				List.of("OFFICER")));
		assertProblem(api.get("/api/councils/" + ROLESHIRE.slug(), noCouncil), 404, "No council " + ROLESHIRE.slug()
				+ " is open to this sign-in: its token names no council (it has no council claim)");
		String forWalsall = ROLESHIRES_REALM.token(Map.of("sub", "member", "aud", "corporate-parenting", "council",
				"walsall", "roles", List.of("OFFICER")));
		assertProblem(api.get(walsall, forWalsall), 404, "No council walsall is open to sign-ins from "
				+ ROLESHIRES_REALM.issuer() + ": that issuer is not one the council trusts");
		assertProblem(api.get("/api/councils/atlantis", forWalsall), 404, "No council atlantis is open to sign-ins"
				+ " from " + ROLESHIRES_REALM.issuer() + ": that issuer is not one the council trusts");
		assertProblem(api.get("/api/councils/" + ROLESHIRE.slug(), forWalsall), 404, "No council " + ROLESHIRE.slug()
				+ " is open to this sign-in: its token is for the council walsall");
		assertProblem(api.get("/api/councils/atlantis", officer), 404,
				"No council atlantis is open to this sign-in: its token is for the council walsall");
		String forAtlantis = new LocalIssuerTokens(localKeys, security)
			.token(Map.of("sub", "someone", "aud", "corporate-parenting", "council", "atlantis", "roles",
					List.of("OFFICER")));
		assertProblem(api.get("/api/councils/atlantis", forAtlantis), 404, "No council atlantis is on the platform");
	}

	private static void assertProblem(PlatformApi.Response response, int status, String detail) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().getContentType().toString()).contains("application/problem+json");
		assertThat(response.json().get("detail").asString()).startsWith(detail);
	}

	private void assertRefusedForNoRole(String address, String token) {
		String path = address.substring(address.indexOf(' ') + 1);
		var response = api.send(HttpMethod.valueOf(address.substring(0, address.indexOf(' '))), path, token);
		assertThat(response.status()).as(address).isEqualTo(403);
		assertThat(response.headers().getContentType().toString()).as(address).contains("application/problem+json");
		assertThat(response.json().get("detail").asString()).as(address)
			.contains("gives none. The roles accepted are COUNCIL_ADMIN, OFFICER, BOARD_MEMBER, VIEWER, PARTNER");
	}

	private void assertNotFound(String address, String token) {
		String path = address.substring(address.indexOf(' ') + 1);
		var response = api.send(HttpMethod.valueOf(address.substring(0, address.indexOf(' '))), path, token);
		assertThat(response.status()).as(address).isEqualTo(404);
		assertThat(response.body()).as(address).contains("No council");
	}

	/**
	 * Every council API address the application maps, as {@code METHOD /api/councils/{council}/...}, with its other
	 * path variables filled in (the council's filter answers before any of them is looked up).
	 */
	private List<String> councilAddresses() {
		TreeSet<String> addresses = new TreeSet<>();
		for (RequestMappingInfo mapping : mappings.getHandlerMethods().keySet()) {
			var methods = mapping.getMethodsCondition().getMethods();
			for (String pattern : mapping.getPatternValues()) {
				if (!pattern.startsWith("/api/councils/{council}")) {
					continue;
				}
				String path = pattern.replace("{council}", "\u0000").replaceAll("\\{[^}]*}", "1").replace("\u0000",
						"{council}");
				for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
					addresses.add(method.name() + " " + path);
				}
			}
		}
		return List.copyOf(addresses);
	}
}
