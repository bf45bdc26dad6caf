package org.corporateparenting.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import jakarta.servlet.Filter;
import tools.jackson.databind.JsonNode;

/**
 * A signed-in person's profile, on the page and as JSON: their name, the email their sign-in carries, their council
 * and roles in words, and the identity provider they signed in with; and what to ask for when the sign-in carries no
 * email, as a council's own identity provider may leave it out.
 */
@PlatformTest
class ProfileIntegrationTest {

	static final StubIdentityProvider PROFILESHIRES_PROVIDER = new StubIdentityProvider("profileshire").start();

	private static boolean onboarded;

	final int port;

	final PlatformApi api;

	final WebApplicationContext context;

	final Filter security;

	ProfileIntegrationTest(@LocalServerPort int port, @Autowired WebApplicationContext context,
			@Autowired @Qualifier("springSecurityFilterChain") Filter security) {
		this.port = port;
		this.api = new PlatformApi(port);
		this.context = context;
		this.security = security;
	}

	@AfterAll
	static void stopTheProvider() {
		PROFILESHIRES_PROVIDER.close();
	}

	@Test
	void theHeaderLeadsToTheProfileWithTheEmailAndRolesOfTheSignIn() {
		SignedInPages officer = SignedInPages.signIn(port, "walsall-officer");
		assertThat(officer.get("/councils/walsall", null).body()).contains("href=\"/councils/walsall/profile\">Your profile</a>");

		var page = officer.get("/councils/walsall/profile", null);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h1 class=\"govuk-heading-l\">Your profile</h1>",
				"corporate.parenting@walsall.example", "<li>Officer</li>", "Walsall Council",
				"href=\"/councils/walsall/notifications\"", "Change strategies, actions, pledges")
			.doesNotContain("OFFICER", "carries no email address");

		assertThat(SignedInPages.signIn(port, "walsall-board-member").get("/councils/wirral/profile", null).statusCode())
			.isEqualTo(404);
	}

	@Test
	void meAnswersWithTheSameAsJson() {
		JsonNode me = api.get("/api/councils/walsall/me", api.token("walsall-board-member")).json();

		assertThat(me.get("name").asString()).isEqualTo("walsall-board-member");
		assertThat(me.get("email").asString()).isEqualTo("corporate.parenting.board@walsall.example");
		assertThat(me.get("emailMissing").isNull()).isTrue();
		assertThat(me.get("council").asString()).isEqualTo("walsall");
		assertThat(me.get("councilName").asString()).isEqualTo("Walsall Council");
		assertThat(me.get("roles").findValuesAsString("value")).containsExactly("BOARD_MEMBER");
		assertThat(me.get("roles").findValuesAsString("label")).containsExactly("Board member");
		assertThat(me.get("issuer").asString()).isEqualTo("http://localhost:8080");
		assertThat(me.get("signedInWith").asString()).isEqualTo("The platform's own sign-in");
		assertThat(me.get("subject").asString()).isEqualTo("walsall-board-member");

		assertThat(api.get("/api/councils/walsall/me", api.token("wirral-officer")).status()).isEqualTo(404);
		assertThat(api.get("/api/councils/walsall/me", api.token("platform-admin")).status()).isIn(403, 404);
	}

	@Test
	void aTokenWithoutAnEmailIsToldWhatToAskItsIdentityProvidersAdministratorFor() {
		String council = onboardProfileshireWithItsOwnProvider();
		String token = PROFILESHIRES_PROVIDER.token(new HashMap<>(Map.of("sub", "f3a1-no-email", "name", "Sam Jones",
				"aud", List.of("corporate-parenting"), "realm_access", Map.of("roles", List.of("cpp-officers")))));

		JsonNode me = api.get("/api/councils/" + council + "/me", token).json();
		assertThat(me.get("name").asString()).isEqualTo("Sam Jones");
		assertThat(me.get("email").isNull()).isTrue();
		assertThat(me.get("emailMissing").asString()).contains("carries no email address",
				"ask your identity provider's administrator to add the email claim");
		assertThat(me.get("roles").findValuesAsString("label")).containsExactly("Officer");
		assertThat(me.get("issuer").asString()).isEqualTo(PROFILESHIRES_PROVIDER.issuer());
		assertThat(me.get("signedInWith").asString()).isEqualTo("Profileshire Council's own identity provider");
		assertThat(me.get("subject").asString()).isEqualTo("f3a1-no-email");
	}

	@Test
	void aPageSignInWithoutAnEmailIsToldWhatToAskFor() throws Exception {
		// The local sign-in gives every demo person an address, so this person is put in the session directly.
		Instant now = Instant.now();
		DefaultOidcUser person = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("ROLE_VIEWER")),
				OidcIdToken.withTokenValue("id-token")
					.subject("no-email")
					.claim("council", "walsall")
					.issuedAt(now)
					.expiresAt(now.plusSeconds(300))
					.build());
		MockMvc pages = MockMvcBuilders.webAppContextSetup(context).addFilters(security).build();

		String page = pages.perform(MockMvcRequestBuilders.get("/councils/walsall/profile")
			.accept(MediaType.TEXT_HTML)
			.sessionAttr(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
					new OAuth2AuthenticationToken(person, person.getAuthorities(), "cpp"))))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Your profile", "<li>Viewer</li>", "None: your sign-in carries no email address",
				"ask your identity provider&#39;s administrator to add the email claim",
				"<code>preferred_username</code>");
	}

	/** A council of this test's own, whose people sign in with its own identity provider; officers are mapped. */
	private String onboardProfileshireWithItsOwnProvider() {
		synchronized (ProfileIntegrationTest.class) {
			if (!onboarded) {
				var created = api.post("/api/admin/councils", api.token("platform-admin"), Map.of("slug",
						"profileshire", "name", "Profileshire Council", "onsCode", "E08009992", "region",
						"West Midlands", "partnerships", List.of()));
				assertThat(created.status()).as(created.body()).isEqualTo(201);
				var saved = api.put("/api/councils/profileshire/identity-provider", api.token("profileshire-admin"),
						Map.of("issuer", PROFILESHIRES_PROVIDER.issuer(), "claim", "realm_access.roles", "audience",
								"corporate-parenting", "mappings",
								List.of(Map.of("group", "cpp-officers", "role", "OFFICER")), "version", 0));
				assertThat(saved.status()).as(saved.body()).isEqualTo(200);
				onboarded = true;
			}
		}
		return "profileshire";
	}
}
