package org.corporateparenting.platform;

import java.time.Instant;
import java.util.Map;

import org.corporateparenting.platform.security.SecurityProperties;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * Tokens of the platform's own issuer (the local sign-in) with the claims a test chooses, signed with its key: for
 * callers the demo clients do not cover, such as someone of a council with no role, or with a name.
 */
public final class LocalIssuerTokens {

	private final NimbusJwtEncoder encoder;

	private final String issuer;

	public LocalIssuerTokens(JWKSource<SecurityContext> keys, SecurityProperties properties) {
		this.encoder = new NimbusJwtEncoder(keys);
		this.issuer = properties.localIssuer();
	}

	/** A token valid for five minutes, with these claims besides the issuer and times. */
	public String token(Map<String, ?> claims) {
		JwtClaimsSet.Builder set = JwtClaimsSet.builder()
			.issuer(issuer)
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(300));
		claims.forEach(set::claim);
		return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), set.build()))
			.getTokenValue();
	}
}
