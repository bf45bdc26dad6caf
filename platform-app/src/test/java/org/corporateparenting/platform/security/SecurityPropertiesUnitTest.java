package org.corporateparenting.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;

/** The defaults an operator gets without setting anything. */
class SecurityPropertiesUnitTest {

	@Test
	void aKeyAnIssuerWithdrawsIsRefusedWithinAMinute() {
		SecurityProperties defaults = new Binder().bindOrCreate("cpp.security", SecurityProperties.class);

		assertThat(defaults.issuerKeysKeptFor().plus(defaults.verifiedTokensKeptFor()))
			.isLessThanOrEqualTo(Duration.ofSeconds(60));
	}
}
