package org.corporateparenting.platform.local;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The pages' sign-in against the platform's own authorization server. Its endpoints are addressed on the host
 * and port the browser used, so the same build signs in on 8080 or on a test's random port.
 */
class LocalClientRegistrations implements ClientRegistrationRepository {

	static final String REGISTRATION = "cpp";

	private final String issuer;

	private final String secret;

	LocalClientRegistrations(String issuer, String secret) {
		this.issuer = issuer;
		this.secret = secret;
	}

	@Override
	public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
		if (!REGISTRATION.equals(registrationId)) {
			return null;
		}
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return ClientRegistration.withRegistrationId(REGISTRATION)
			.clientName("Corporate Parenting Platform sign-in")
			.clientId(DemoClients.WEB_CLIENT)
			.clientSecret(secret)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope(OidcScopes.OPENID)
			.authorizationUri(base + "/oauth2/authorize")
			.tokenUri(base + "/oauth2/token")
			.jwkSetUri(base + "/oauth2/jwks")
			.issuerUri(issuer)
			.userNameAttributeName(IdTokenClaimNames.SUB)
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
			.build();
	}
}
