package org.corporateparenting.platform.local;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The local authorization server's clients: {@code cpp-web}, the platform's own pages signing people in, and one
 * client-credentials client for each demo identity, all with the secret {@value #SECRET}.
 */
class DemoClients implements RegisteredClientRepository {

	static final String SECRET = "local-demo-secret";

	static final String WEB_CLIENT = "cpp-web";

	private final DemoIdentities identities;

	DemoClients(DemoIdentities identities) {
		this.identities = identities;
	}

	/**
	 * The authorization server saves a client to re-encode its secret; demo clients are derived from the
	 * registry on every look-up, so there is nothing to keep.
	 */
	@Override
	public void save(RegisteredClient registeredClient) {
	}

	@Override
	public @Nullable RegisteredClient findById(String id) {
		return findByClientId(id);
	}

	@Override
	public @Nullable RegisteredClient findByClientId(String clientId) {
		if (WEB_CLIENT.equals(clientId)) {
			return webClient();
		}
		return identities.find(clientId)
			.map(identity -> RegisteredClient.withId(clientId)
				.clientId(clientId)
				.clientSecret("{noop}" + SECRET)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
				.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
				.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofHours(1)).build())
				.build())
			.orElse(null);
	}

	/** Its redirect address follows the host the browser used, so sign-in works on any port. */
	private RegisteredClient webClient() {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return RegisteredClient.withId(WEB_CLIENT)
			.clientId(WEB_CLIENT)
			.clientSecret("{noop}" + SECRET)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(base + "/login/oauth2/code/cpp")
			.postLogoutRedirectUri(base + "/signed-out")
			.scope(OidcScopes.OPENID)
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(30)).build())
			.build();
	}
}
