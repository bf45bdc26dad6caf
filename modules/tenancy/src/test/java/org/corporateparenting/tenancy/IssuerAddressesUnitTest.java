package org.corporateparenting.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An issuer is an https address; plain http only for a provider on the platform's own machine, in the demo. */
class IssuerAddressesUnitTest {

	static final IssuerAddresses PRODUCTION = IssuerAddresses.inLocalProfile(false);

	static final IssuerAddresses LOCAL = IssuerAddresses.inLocalProfile(true);

	@Test
	void httpsIsAcceptedEverywhere() {
		assertThat(PRODUCTION.problem("https://login.microsoftonline.com/tenant/v2.0")).isEmpty();
		assertThat(LOCAL.problem("https://keycloak.walsall.example/realms/walsall")).isEmpty();
	}

	@Test
	void plainHttpToTheLoopbackIsAcceptedInTheLocalProfileOnly() {
		for (String loopback : new String[] { "http://localhost:8180/realms/x", "http://127.0.0.1:18180/realms/x",
				"http://[::1]:8180/realms/x", "http://LOCALHOST/realms/x" }) {
			assertThat(LOCAL.problem(loopback)).as(loopback).isEmpty();
			assertThat(PRODUCTION.problem(loopback)).as(loopback).contains(IssuerAddresses.RULE);
		}
	}

	@Test
	void plainHttpElsewhereIsRefusedWithTheRule() {
		assertThat(LOCAL.problem("http://login.walsall.example/realms/walsall")).contains(IssuerAddresses.RULE);
		assertThat(LOCAL.problem("http://127.0.0.2/realms/x")).contains(IssuerAddresses.RULE);
		assertThat(PRODUCTION.problem("ftp://login.walsall.example/")).contains(IssuerAddresses.RULE);
		assertThat(IssuerAddresses.RULE).isEqualTo("must be an https address (plain http is accepted only in the"
				+ " local profile, and only for localhost, 127.0.0.1 or ::1)");
	}

	@Test
	void anIssuerIsAnAddressAlone() {
		assertThat(PRODUCTION.problem("login.walsall.example")).get().asString().startsWith("must be the address");
		assertThat(PRODUCTION.problem("https://user@login.walsall.example/")).get()
			.asString()
			.contains("without a user name");
		assertThat(PRODUCTION.problem("https://login.walsall.example/?realm=x")).get().asString().contains("query");
	}
}
