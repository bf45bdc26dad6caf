package org.corporateparenting.tenancy;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Which addresses may be trusted as an identity issuer, asked wherever one is entered: a council's trusted issuers
 * ({@code council.yaml}, the admin pages and API), a council's identity provider, the platform's own issuers. The
 * platform fetches an issuer's keys from its address, so it must be https; plain http reaches only a provider on the
 * platform's own machine, for trying the platform out, and only in the {@code local} profile.
 */
@Component
public class IssuerAddresses {

	/** What an issuer must be, as every refusal says it. */
	public static final String RULE = "must be an https address (plain http is accepted only in the local profile,"
			+ " and only for localhost, 127.0.0.1 or ::1)";

	private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

	private final boolean local;

	@Autowired
	IssuerAddresses(Environment environment) {
		this(environment.matchesProfiles("local"));
	}

	private IssuerAddresses(boolean local) {
		this.local = local;
	}

	/** The rule in the local profile ({@code true}) or any other. */
	public static IssuerAddresses inLocalProfile(boolean local) {
		return new IssuerAddresses(local);
	}

	/** What is wrong with this issuer address, if anything, said as a field's problem. */
	public Optional<String> problem(String issuer) {
		URI address;
		try {
			address = new URI(issuer);
		}
		catch (URISyntaxException ex) {
			address = null;
		}
		if (address == null || !address.isAbsolute() || address.getHost() == null) {
			return Optional.of("must be the address of the provider's issuer, such as"
					+ " https://login.microsoftonline.com/<tenant-id>/v2.0");
		}
		if (address.getUserInfo() != null || address.getQuery() != null || address.getFragment() != null) {
			return Optional.of("must be the issuer's address alone, without a user name, query or fragment");
		}
		boolean loopback = LOOPBACK.contains(address.getHost().toLowerCase(Locale.ROOT));
		if ("https".equals(address.getScheme()) || local && loopback && "http".equals(address.getScheme())) {
			return Optional.empty();
		}
		return Optional.of(RULE);
	}
}
