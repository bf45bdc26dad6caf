package org.corporateparenting.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.platform.SignedInPages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Someone of the council whom it has given no role on the platform (the demo's {@code <council>-member}, as every
 * member of a council's own realm carries its council) signs in, is told on the home page that the council's pages
 * are closed to them and whom to ask, and is refused every page of the council, walked from the application's own
 * request mappings, with the roles that are accepted; their client's token is refused the API the same way.
 */
@PlatformTest
class RolelessMemberIntegrationTest {

	private static final String ROLES_ACCEPTED = "The roles accepted are COUNCIL_ADMIN, OFFICER, BOARD_MEMBER,"
			+ " VIEWER, PARTNER";

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void aMemberWithNoRoleIsToldWhyOnTheHomePageAndOfferedNoCouncilLink() {
		SignedInPages member = SignedInPages.signIn(port, "walsall-member");

		String home = member.get("/", null).body();

		assertThat(home).contains("gives you none of its roles on the platform", "Ask your council's admins for a role")
			.contains("no role")
			.doesNotContain("href=\"/councils/walsall\"");
	}

	@Test
	void everyCouncilPageRefusesASessionWithTheCouncilButNoRole() {
		SignedInPages member = SignedInPages.signIn(port, "walsall-member");
		SignedInPages officer = SignedInPages.signIn(port, "walsall-officer");
		assertThat(officer.get("/councils/walsall", null).statusCode()).isEqualTo(200);

		List<String> pages = councilPages();
		assertThat(pages).hasSizeGreaterThan(60);
		for (String page : pages) {
			String method = page.substring(0, page.indexOf(' '));
			String path = page.substring(page.indexOf(' ') + 1).replace("{council}", "walsall");
			HttpResponse<String> response = method.equals("GET") ? member.get(path, null)
					: member.post("/", path, Map.of("title", "Written by someone with no role"));
			assertThat(response.statusCode()).as(page).isEqualTo(403);
			assertThat(response.body()).as(page).contains("You cannot open this page", ROLES_ACCEPTED);
		}
	}

	@Test
	void theMembersClientIsRefusedTheCouncilsApi() {
		PlatformApi api = new PlatformApi(port);
		String token = api.token("walsall-member");

		PlatformApi.Response response = api.get("/api/councils/walsall/strategies", token);

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.json().get("detail").asString()).contains(ROLES_ACCEPTED);
	}

	/**
	 * Every council page the application maps, as {@code METHOD /councils/{council}/...} with its other path
	 * variables filled in (the council's filter answers before any of them is looked up); forms are posted.
	 */
	private List<String> councilPages() {
		TreeSet<String> pages = new TreeSet<>();
		for (RequestMappingInfo mapping : mappings.getHandlerMethods().keySet()) {
			var methods = mapping.getMethodsCondition().getMethods();
			for (String pattern : mapping.getPatternValues()) {
				if (!pattern.startsWith("/councils/{council}")) {
					continue;
				}
				String path = pattern.replace("{council}", "\u0000").replaceAll("\\{[^}]*}", "1").replace("\u0000",
						"{council}");
				for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
					if (method == RequestMethod.GET || method == RequestMethod.POST) {
						pages.add(method.name() + " " + path);
					}
				}
			}
		}
		return List.copyOf(pages);
	}
}
