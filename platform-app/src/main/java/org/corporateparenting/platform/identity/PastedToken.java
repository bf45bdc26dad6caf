package org.corporateparenting.platform.identity;

import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.corporateparenting.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;

/**
 * A token a council admin pasted to see what the platform would make of it: its claims, read without checking its
 * signature (the admin has it in hand already; the platform checks signatures when a token is used). It is never
 * logged or kept, and no problem with it repeats it.
 *
 * @param audience every {@code aud} it names
 * @param claims all its claims, nested ones as maps and lists
 */
record PastedToken(@Nullable String issuer, List<String> audience, @Nullable Instant expiresAt,
		Map<String, Object> claims) {

	/** Far longer than any token a provider issues, short enough to refuse a pasted document. */
	static final int MOST_CHARACTERS = 32_000;

	static PastedToken read(@Nullable String pasted) {
		String token = pasted == null ? "" : pasted.strip();
		if (token.regionMatches(true, 0, "Bearer ", 0, 7)) {
			token = token.substring(7).strip();
		}
		if (token.isEmpty()) {
			throw InvalidInputException.of("token", "Paste a token from the council's identity provider");
		}
		if (token.length() > MOST_CHARACTERS) {
			throw InvalidInputException.of("token", "is too long to be a token");
		}
		JWT jwt;
		JWTClaimsSet claims;
		try {
			jwt = JWTParser.parse(token);
			claims = jwt instanceof EncryptedJWT ? null : jwt.getJWTClaimsSet();
		}
		catch (ParseException ex) {
			throw InvalidInputException.of("token", "is not a JSON Web Token: paste the whole token, three parts"
					+ " separated by dots");
		}
		if (claims == null) {
			throw InvalidInputException.of("token", "is encrypted, so its claims cannot be read: paste a signed token");
		}
		return new PastedToken(claims.getIssuer(), Objects.requireNonNullElse(claims.getAudience(), List.of()),
				claims.getExpirationTime() == null ? null : claims.getExpirationTime().toInstant(), claims.getClaims());
	}

	/** A claim as text, if it is there. */
	@Nullable String claim(String name) {
		Object value = claims.get(name);
		return value == null ? null : value.toString();
	}
}
