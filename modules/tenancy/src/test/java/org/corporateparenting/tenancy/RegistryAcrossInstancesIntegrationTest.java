package org.corporateparenting.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.corporateparenting.ModuleTestApplication;
import org.corporateparenting.tenancy.offboarding.CouncilOffboarding;
import org.corporateparenting.tenancy.onboarding.CouncilLifecycle;
import org.corporateparenting.tenancy.onboarding.CouncilOnboarding;
import org.corporateparenting.tenancy.testing.FreshCouncils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the platform on one database, as two replicas run: each holds the registry in memory, and a
 * council onboarded, suspended, reactivated or offboarded on one is seen so by the other within five seconds, and at
 * once by the one that made the change.
 */
class RegistryAcrossInstancesIntegrationTest extends TwoServerIntegrationTest {

	private static final Duration WITHIN = Duration.ofSeconds(5);

	static ConfigurableApplicationContext other;

	@Autowired
	CouncilOnboarding onboarding;

	@Autowired
	CouncilLifecycle lifecycle;

	@Autowired
	CouncilOffboarding offboarding;

	@Autowired
	Councils here;

	@BeforeAll
	static void startAnotherInstance() {
		other = new SpringApplicationBuilder(ModuleTestApplication.class)
			.web(WebApplicationType.NONE)
			.properties("cpp.database.shards." + SECOND + ".url=" + SecondDatabaseServer.url())
			.run();
	}

	@AfterAll
	static void stopIt() {
		if (other != null) {
			other.close();
		}
	}

	@Test
	void aChangeMadeOnOneInstanceReachesTheOtherWithinSeconds() {
		Councils there = other.getBean(Councils.class);
		String slug = FreshCouncils.onboard(onboarding, "twinshire");
		assertThat(here.find(slug)).map(Council::status).contains(CouncilStatus.ACTIVE);
		await().atMost(WITHIN).until(() -> there.find(slug).map(Council::status).orElse(null) == CouncilStatus.ACTIVE);

		lifecycle.suspend(slug, "admin here");
		assertThat(here.find(slug)).map(Council::status).contains(CouncilStatus.SUSPENDED);
		await().atMost(WITHIN)
			.until(() -> there.find(slug).map(Council::status).orElse(null) == CouncilStatus.SUSPENDED);

		other.getBean(CouncilLifecycle.class).reactivate(slug, "admin there");
		assertThat(there.find(slug)).map(Council::status).contains(CouncilStatus.ACTIVE);
		await().atMost(WITHIN).until(() -> here.find(slug).map(Council::status).orElse(null) == CouncilStatus.ACTIVE);

		offboarding.offboard(slug, "admin here");
		assertThat(here.find(slug)).map(Council::status).contains(CouncilStatus.OFFBOARDED);
		await().atMost(WITHIN)
			.until(() -> there.find(slug).map(Council::status).orElse(null) == CouncilStatus.OFFBOARDED);
	}
}
