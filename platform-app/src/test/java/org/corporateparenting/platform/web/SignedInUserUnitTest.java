package org.corporateparenting.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.corporateparenting.platform.security.SignedInPeople;
import org.corporateparenting.web.PersonName;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The header names the person signed in by their display name, as a council's provider (brokered through the
 * platform's) sends it, never by the UUID it knows them by; their subject stays theirs for audit.
 */
class SignedInUserUnitTest {

	static final String SUBJECT = "4e3c6016-8b1f-4c1a-9d3e-2a7b5c9e0f11";

	@Test
	void thePersonIsShownByTheirNameNotTheirSubject() {
		var signedIn = signIn(Map.of("sub", SUBJECT, "name", "Alex Officer", "preferred_username",
				"alex.officer@walsall.example", "council", "walsall", "roles", List.of("OFFICER")));

		assertThat(signedIn.getName()).isEqualTo("Alex Officer");
		assertThat(SignedInUser.of(signedIn, slug -> null).name()).isEqualTo("Alex Officer");
		assertThat(SignedInUser.of(signedIn, slug -> null).roles()).containsExactly("OFFICER");
		assertThat(PersonName.subject(signedIn)).isEqualTo(SUBJECT);
	}

	@Test
	void withoutANameTheirUserNameAndElseTheirSubject() {
		assertThat(signIn(Map.of("sub", SUBJECT, "preferred_username", "aofficer")).getName()).isEqualTo("aofficer");
		assertThat(signIn(Map.of("sub", "walsall-officer", "name", " ")).getName()).isEqualTo("walsall-officer");
	}

	private static OAuth2AuthenticationToken signIn(Map<String, Object> claims) {
		OidcIdToken idToken = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(60), claims);
		OidcUser asTheProviderSentIt = new DefaultOidcUser(List.of(), idToken);
		OidcUser user = SignedInPeople.of(asTheProviderSentIt);
		return new OAuth2AuthenticationToken(user, user.getAuthorities(), "cpp");
	}
}
