package org.corporateparenting.platform.security;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.corporateparenting.tenancy.Councils;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * Chooses how to check a bearer token by its issuer: the platform's own issuers and every issuer a council
 * trusts in the registry. Tokens from any other issuer are refused. Each issuer's keys are fetched once, on its
 * first token, and the issuer is trusted from then on (until the next restart).
 */
class TrustedIssuers implements AuthenticationManagerResolver<String> {

	private final Councils councils;

	private final SecurityProperties properties;

	private final Optional<LocalTokenDecoder> local;

	private final Map<String, AuthenticationManager> managers = new ConcurrentHashMap<>();

	TrustedIssuers(Councils councils, SecurityProperties properties, Optional<LocalTokenDecoder> local) {
		this.councils = councils;
		this.properties = properties;
		this.local = local;
	}

	@Override
	public AuthenticationManager resolve(String issuer) {
		AuthenticationManager known = managers.get(issuer);
		if (known != null) {
			return known;
		}
		if (local.isPresent() && local.get().issuer().equals(issuer)) {
			return managers.computeIfAbsent(issuer, i -> manager(local.get().decoder(), true));
		}
		boolean platform = properties.platformIssuers().contains(issuer);
		boolean trusted = platform
				|| councils.all().stream().anyMatch(council -> council.trustedIssuers().contains(issuer));
		if (!trusted) {
			return null;
		}
		return managers.computeIfAbsent(issuer, i -> manager(JwtDecoders.fromIssuerLocation(i), platform));
	}

	/**
	 * @param platform whether the issuer is the platform's own: only its tokens may make someone a platform admin or
	 *     a partnership analyst; a council's identity provider grants roles within that council only
	 */
	static AuthenticationManager manager(JwtDecoder decoder, boolean platform) {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(jwt -> Roles.authorities(jwt.getClaims())
			.stream()
			.filter(authority -> platform || !Roles.isPlatformWide(authority))
			.toList());
		JwtAuthenticationProvider provider = new JwtAuthenticationProvider(
				new VerifiedTokens(decoder, java.time.Clock.systemUTC()));
		provider.setJwtAuthenticationConverter(converter);
		return provider::authenticate;
	}
}
