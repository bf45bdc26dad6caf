package org.corporateparenting.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;

class IssuerOfTokensUnitTest {

	final List<String> asked = new ArrayList<>();

	final IssuerOfTokens issuers = new IssuerOfTokens(issuer -> {
		asked.add(issuer);
		if (issuer.equals("https://unknown.example")) {
			return null;
		}
		return (AuthenticationManager) token -> new TestingAuthenticationToken(issuer, token.getCredentials());
	}, Duration.ofSeconds(30));

	@Test
	void eachTokenGoesToTheCheckOfTheIssuerItNamesEveryTime() {
		String walsall = token("https://login.walsall.example");
		String wirral = token("https://login.wirral.example");

		assertThat(issuers.authenticate(new BearerTokenAuthenticationToken(walsall)).getPrincipal())
			.isEqualTo("https://login.walsall.example");
		assertThat(issuers.authenticate(new BearerTokenAuthenticationToken(wirral)).getPrincipal())
			.isEqualTo("https://login.wirral.example");
		assertThat(issuers.authenticate(new BearerTokenAuthenticationToken(walsall)).getPrincipal())
			.isEqualTo("https://login.walsall.example");
		assertThat(asked).as("the issuer's check is asked for on every call, remembered issuer or not")
			.containsExactly("https://login.walsall.example", "https://login.wirral.example",
					"https://login.walsall.example");
	}

	@Test
	void aTokenNamingNoIssuerAnIssuerNobodyChecksOrThatIsNoTokenIsRefused() {
		assertThatThrownBy(() -> issuers.authenticate(new BearerTokenAuthenticationToken(
				new PlainJWT(new JWTClaimsSet.Builder().subject("someone").build()).serialize())))
			.isInstanceOf(InvalidBearerTokenException.class)
			.hasMessage("Missing issuer");
		assertThatThrownBy(() -> issuers.authenticate(new BearerTokenAuthenticationToken(token("https://unknown.example"))))
			.isInstanceOf(InvalidBearerTokenException.class)
			.hasMessage("Invalid issuer");
		assertThatThrownBy(() -> issuers.authenticate(new BearerTokenAuthenticationToken("not-a-token")))
			.isInstanceOf(InvalidBearerTokenException.class);
		assertThatThrownBy(() -> issuers.authenticate(new BearerTokenAuthenticationToken("not-a-token")))
			.as("nothing is remembered of a token that could not be read")
			.isInstanceOf(InvalidBearerTokenException.class);
	}

	private static String token(String issuer) {
		return new PlainJWT(new JWTClaimsSet.Builder().issuer(issuer).subject("officer").build()).serialize();
	}
}
