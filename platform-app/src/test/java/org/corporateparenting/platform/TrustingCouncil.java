package org.corporateparenting.platform;

import java.util.stream.Stream;

import org.corporateparenting.tenancy.onboarding.CouncilOnboarding;
import org.corporateparenting.tenancy.testing.FreshCouncils;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A council of a test class's own whose trusted issuers are the class's identity providers (registered with
 * {@code @RegisterExtension}): onboarded through the real onboarding before the class's first test (the platform's
 * context, and so the council, outlive the class), its providers stopped after the last.
 */
public final class TrustingCouncil implements BeforeEachCallback, AfterAllCallback {

	private final String name;

	private final StubIdentityProvider[] providers;

	private volatile String slug;

	public TrustingCouncil(String name, StubIdentityProvider... providers) {
		this.name = name;
		this.providers = providers;
	}

	/** The council's slug, once the first test has begun. */
	public String slug() {
		if (slug == null) {
			throw new IllegalStateException("The council is onboarded when the first test begins");
		}
		return slug;
	}

	@Override
	public synchronized void beforeEach(ExtensionContext context) {
		if (slug == null) {
			CouncilOnboarding onboarding = SpringExtension.getApplicationContext(context)
				.getBean(CouncilOnboarding.class);
			slug = FreshCouncils.onboardTrusting(onboarding, name,
					Stream.of(providers).map(StubIdentityProvider::issuer).toList());
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		Stream.of(providers).forEach(StubIdentityProvider::close);
	}
}
