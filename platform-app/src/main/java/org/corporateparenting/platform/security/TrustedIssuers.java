package org.corporateparenting.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.tenancy.IdentityProviders;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * Chooses how to check a bearer token by its issuer: the platform's own issuers, every issuer a council trusts in the
 * registry, and every council's own identity provider. Tokens from any other issuer are refused, saying so. Each
 * issuer's keys are fetched on its first token and kept for a while ({@link RemoteIssuerDecoder}); what its tokens make
 * their bearers is worked out on every request ({@link TokenRoles}).
 */
class TrustedIssuers implements AuthenticationManagerResolver<String> {

	private final Councils councils;

	private final SecurityProperties properties;

	private final Optional<LocalTokenDecoder> local;

	private final IdentityProviders identityProviders;

	private final Map<String, AuthenticationManager> managers = new ConcurrentHashMap<>();

	TrustedIssuers(Councils councils, SecurityProperties properties, Optional<LocalTokenDecoder> local,
			IdentityProviders identityProviders) {
		this.councils = councils;
		this.properties = properties;
		this.local = local;
		this.identityProviders = identityProviders;
	}

	@Override
	public AuthenticationManager resolve(String issuer) {
		AuthenticationManager known = managers.get(issuer);
		if (known != null) {
			return known;
		}
		if (local.isPresent() && local.get().issuer().equals(issuer)) {
			return managers.computeIfAbsent(issuer,
					i -> manager(local.get().decoder(), new TokenRoles(i, true, identityProviders, properties)));
		}
		boolean platform = properties.platformIssuers().contains(issuer);
		boolean trusted = platform
				|| councils.all().stream().anyMatch(council -> council.trustedIssuers().contains(issuer))
				|| identityProviders.findByIssuer(issuer).isPresent();
		if (!trusted) {
			throw new InvalidBearerTokenException("the platform trusts no issuer "
					+ (issuer.length() > 200 ? issuer.substring(0, 200) + "..." : issuer) + ": its tokens come from the"
					+ " platform's own issuers, the issuers councils trust and councils' own identity providers");
		}
		return managers.computeIfAbsent(issuer, i -> manager(
				new RemoteIssuerDecoder(i, properties.issuerKeysKeptFor(), Clock.systemUTC()),
				new TokenRoles(i, platform, identityProviders, properties)));
	}

	AuthenticationManager manager(JwtDecoder decoder, TokenRoles roles) {
		return manager(decoder, roles, properties.verifiedTokensKeptFor());
	}

	static AuthenticationManager manager(JwtDecoder decoder, TokenRoles roles, Duration verifiedTokensKeptFor) {
		JwtAuthenticationProvider provider = new JwtAuthenticationProvider(
				new VerifiedTokens(decoder, Clock.systemUTC(), verifiedTokensKeptFor));
		provider.setJwtAuthenticationConverter(roles);
		return provider::authenticate;
	}
}
