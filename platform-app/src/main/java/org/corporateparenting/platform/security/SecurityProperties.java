package org.corporateparenting.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param platformIssuers the platform's own identity issuers (for platform admins and partnership analysts),
 * trusted for every council besides each council's own issuers in the registry
 * @param localIssuer the issuer name of the embedded authorization server in the {@code local} profile
 * @param signInRegistration the OAuth2 client registration the pages sign people in with
 */
@ConfigurationProperties("cpp.security")
public record SecurityProperties(@DefaultValue List<String> platformIssuers,
		@DefaultValue("http://localhost:8080") String localIssuer, @DefaultValue("cpp") String signInRegistration) {
}
