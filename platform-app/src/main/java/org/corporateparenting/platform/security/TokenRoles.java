package org.corporateparenting.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.corporateparenting.tenancy.CouncilRequestFilter;
import org.corporateparenting.tenancy.IdentityProvider;
import org.corporateparenting.tenancy.IdentityProvider.Grant;
import org.corporateparenting.tenancy.IdentityProviders;
import org.corporateparenting.web.CouncilPermissions;
import org.corporateparenting.web.PersonName;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * What a verified token of one issuer makes its bearer. A token from a council's own identity provider gets the roles
 * its groups are mapped to in that council's current settings (read on every request from the registry in memory, so
 * a changed mapping applies to the next request, however long the token's signature check is remembered) and belongs
 * to that council; its principal carries the council and, for a partner, the organisation, as the platform's own
 * tokens do. Any other token gets the roles in its {@code roles} claim, platform-wide ones only from the platform's
 * own issuers. Every token must be meant for the platform: its audience includes the one its issuer is given (the
 * platform's client id unless configured otherwise, or what a council set for its provider).
 */
final class TokenRoles implements Converter<Jwt, AbstractAuthenticationToken> {

	private final String issuer;

	private final boolean platform;

	private final IdentityProviders identityProviders;

	private final SecurityProperties properties;

	/**
	 * @param platform whether the issuer is the platform's own: only its tokens may make someone a platform admin or
	 *     a partnership analyst; a council's identity provider grants roles within that council only
	 * @param properties the audience every issuer's tokens must carry, unless the council's provider names its own
	 */
	TokenRoles(String issuer, boolean platform, IdentityProviders identityProviders, SecurityProperties properties) {
		this.issuer = issuer;
		this.platform = platform;
		this.identityProviders = identityProviders;
		this.properties = properties;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		var provider = platform ? Optional.<IdentityProvider>empty() : identityProviders.findByIssuer(issuer);
		String audience = provider.map(found -> found.expectedAudience(properties.audience()))
			.orElseGet(() -> properties.audienceOf(issuer));
		if (jwt.getAudience() == null || !jwt.getAudience().contains(audience)) {
			throw new InvalidBearerTokenException("it is not meant for this platform: its audience ("
					+ (jwt.getAudience() == null ? "none" : String.join(", ", jwt.getAudience()))
					+ ") does not include " + audience);
		}
		if (provider.isPresent()) {
			return mapped(jwt, provider.get());
		}
		return authentication(jwt, Roles.authorities(jwt.getClaims())
			.stream()
			.filter(authority -> platform || !Roles.isPlatformWide(authority))
			.toList());
	}

	/**
	 * A token naming another council than the one whose provider issued it gets no role and keeps the council it
	 * names, so that no council's address opens for it. Any other belongs to the provider's council, with the roles its
	 * values are mapped to: one with none is told that the council needs a role (the provider may sign in everyone in
	 * its directory, and the council is open only to those it gave a role).
	 */
	private static AbstractAuthenticationToken mapped(Jwt jwt, IdentityProvider provider) {
		String named = jwt.getClaimAsString(CouncilRequestFilter.COUNCIL_CLAIM);
		if (named != null && !named.equals(provider.council())) {
			return authentication(jwt, List.of());
		}
		Grant grant = provider.grant(jwt.getClaims());
		Jwt stamped = Jwt.withTokenValue(jwt.getTokenValue())
			.headers(headers -> headers.putAll(jwt.getHeaders()))
			.claims(claims -> {
				claims.putAll(jwt.getClaims());
				claims.remove(CouncilRequestFilter.COUNCIL_CLAIM);
				claims.remove(CouncilPermissions.ORGANISATION_CLAIM);
				claims.put(CouncilRequestFilter.COUNCIL_CLAIM, provider.council());
				if (grant.organisation() != null) {
					claims.put(CouncilPermissions.ORGANISATION_CLAIM, grant.organisation());
				}
			})
			.build();
		return authentication(stamped, grant.roles()
			.stream()
			.<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
			.toList());
	}

	/**
	 * As Spring Security makes it from a token (with its note of how the caller authenticated), with these roles, and
	 * named as the person is shown ({@link PersonName}) rather than by their subject, often a UUID.
	 */
	private static AbstractAuthenticationToken authentication(Jwt jwt, Collection<GrantedAuthority> roles) {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(token -> roles);
		return new JwtAuthenticationToken(jwt, converter.convert(jwt).getAuthorities(),
				PersonName.fromClaims(jwt.getClaims(), jwt.getSubject()));
	}
}
