package org.corporateparenting.platform.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param platformIssuers the platform's own identity issuers (for platform admins and partnership analysts),
 * trusted for every council besides each council's own issuers in the registry
 * @param localIssuer the issuer name of the embedded authorization server in the {@code local} profile
 * @param signInRegistration the OAuth2 client registration the pages sign people in with
 * @param metrics who may read {@code /actuator/prometheus}
 * @param issuerKeysKeptFor how long an issuer's signing keys are used before they are fetched again: a key the issuer
 * withdraws is refused within this and {@code verifiedTokensKeptFor} together (a minute by default)
 * @param verifiedTokensKeptFor how long a token whose signature was checked is taken as checked, for a script making
 * many calls with one token
 * @param audience what every token's {@code aud} must include unless its issuer is given another below (or, for a
 * council's identity provider, by the council): the platform's client id
 * @param issuerAudiences the audience of an issuer whose tokens carry another (a council's trusted issuer, say)
 */
@ConfigurationProperties("cpp.security")
public record SecurityProperties(@DefaultValue List<String> platformIssuers,
		@DefaultValue("http://localhost:8080") String localIssuer, @DefaultValue("cpp") String signInRegistration,
		@DefaultValue Metrics metrics, @DefaultValue("30s") Duration issuerKeysKeptFor,
		@DefaultValue("30s") Duration verifiedTokensKeptFor, @DefaultValue("corporate-parenting") String audience,
		@DefaultValue List<IssuerAudience> issuerAudiences) {

	/** The audience this issuer's tokens must carry. */
	public String audienceOf(String issuer) {
		return issuerAudiences.stream()
			.filter(entry -> entry.issuer().equals(issuer))
			.map(IssuerAudience::audience)
			.findFirst()
			.orElse(audience);
	}

	/**
	 * @param issuer an issuer's {@code iss}, exactly
	 * @param audience what its tokens' {@code aud} must include instead of the platform's
	 */
	public record IssuerAudience(String issuer, String audience) {
	}

	/**
	 * The credential Prometheus scrapes with (HTTP Basic). With no password set, nobody can read the metrics.
	 *
	 * @param username the scrape user
	 * @param password its password, from a secret; empty closes the endpoint
	 */
	public record Metrics(@DefaultValue("metrics") String username, @DefaultValue("") String password) {
	}
}
