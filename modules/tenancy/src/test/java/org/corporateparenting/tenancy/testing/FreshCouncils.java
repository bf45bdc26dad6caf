package org.corporateparenting.tenancy.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.corporateparenting.tenancy.onboarding.CouncilOnboarding;
import org.corporateparenting.tenancy.onboarding.OnboardingRequest;
import org.jspecify.annotations.Nullable;

/**
 * Councils no other test has used, put on the platform through the real onboarding (schema, migrations, and
 * {@code CouncilOnboarded} for the modules' listeners). Tests share one database server per test run, so each
 * council takes the next number of one counter for the whole JVM: {@code pledgeshire-7}, "Pledgeshire Council 7",
 * ONS code {@code E10900007} (a county code no real council has).
 * <p>
 * Not a bean: {@code ModuleTestApplication} importing it would make the application's package and tenancy depend on
 * each other, which the module tests' verification refuses.
 */
public final class FreshCouncils {

	private static final AtomicInteger NUMBER = new AtomicInteger();

	private FreshCouncils() {
	}

	/**
	 * A request for a council of its own, on the database server given ({@code null} lets onboarding choose).
	 *
	 * @param name what the test calls its councils, such as {@code pledgeshire}
	 */
	public static OnboardingRequest request(String name, @Nullable String shard) {
		int number = NUMBER.incrementAndGet();
		String title = Character.toUpperCase(name.charAt(0)) + name.substring(1);
		return new OnboardingRequest(name + "-" + number, title + " Council " + number, "E109%05d".formatted(number),
				"West Midlands", List.of(), List.of(), shard);
	}

	/** Onboards a council of its own that trusts these identity issuers, with no starter files; returns its slug. */
	public static String onboardTrusting(CouncilOnboarding onboarding, String name, List<String> trustedIssuers) {
		OnboardingRequest fresh = request(name, null);
		return onboarding.onboard(new OnboardingRequest(fresh.slug(), fresh.name(), fresh.onsCode(), fresh.region(),
				List.of(), trustedIssuers, null), "test").slug();
	}

	/** Onboards a council of its own, with no starter files, and returns its slug. */
	public static String onboard(CouncilOnboarding onboarding, String name) {
		return onboard(onboarding, name, null);
	}

	/**
	 * Onboards a council of its own and returns its slug.
	 *
	 * @param starterFolder a council's starter files to import as it is onboarded, such as {@code tenants/walsall}
	 */
	public static String onboard(CouncilOnboarding onboarding, String name, @Nullable Path starterFolder) {
		return onboarding.onboard(request(name, null), "test", starterFolder).slug();
	}
}
