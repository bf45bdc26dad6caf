package org.corporateparenting.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.corporateparenting.tenancy.IssuerAddresses;
import org.junit.jupiter.api.Test;

/** The platform's own issuers follow the rule every issuer follows, or the platform does not start. */
class PlatformIssuersUnitTest {

	@Test
	void anHttpPlatformIssuerStopsTheStartOutsideTheLocalProfile() {
		List<String> issuers = List.of("https://login.example.org/realms/platform", "http://127.0.0.1:8180/realms/p");

		assertThatThrownBy(() -> SecurityConfiguration.checked(issuers, IssuerAddresses.inLocalProfile(false)))
			.hasMessage("cpp.security.platform-issuers: http://127.0.0.1:8180/realms/p " + IssuerAddresses.RULE);
		assertThat(SecurityConfiguration.checked(issuers, IssuerAddresses.inLocalProfile(true))).isEqualTo(issuers);
	}
}
