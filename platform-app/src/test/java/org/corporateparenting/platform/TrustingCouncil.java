package org.corporateparenting.platform;

import java.util.stream.Stream;

import org.corporateparenting.tenancy.onboarding.CouncilOnboarding;
import org.corporateparenting.tenancy.testing.FreshCouncils;

/**
 * A council of a test class's own whose trusted issuers are the class's identity providers, onboarded (through the
 * real onboarding) by the first test that asks for it: the platform's context, and so the council, outlive the class.
 */
public final class TrustingCouncil {

	private final String name;

	private final StubIdentityProvider[] providers;

	private String slug;

	public TrustingCouncil(String name, StubIdentityProvider... providers) {
		this.name = name;
		this.providers = providers;
	}

	public synchronized String slug(CouncilOnboarding onboarding) {
		if (slug == null) {
			slug = FreshCouncils.onboardTrusting(onboarding, name,
					Stream.of(providers).map(StubIdentityProvider::issuer).toList());
		}
		return slug;
	}
}
