package org.corporateparenting.platform.probe;

import java.nio.file.Path;
import java.util.List;

import org.corporateparenting.tenancy.BundleProblem;
import org.corporateparenting.tenancy.CouncilBundle;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.StarterImport;
import org.springframework.stereotype.Component;

/**
 * Test only: a module import that fails half-way through onboarding a council whose slug starts with
 * {@code broken-} (after the pledges, alliance, strategy and consultation are imported, before the indicators), and
 * does nothing for any other council.
 */
@Component
public class BrokenImport implements StarterImport {

	public static final String PREFIX = "broken-";

	@Override
	public String file() {
		return "consultation.yaml";
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public List<BundleProblem> check(CouncilBundle bundle) {
		return List.of();
	}

	@Override
	public void load(Path file) {
		if (CouncilContext.require().startsWith(PREFIX)) {
			throw new IllegalStateException("The test's import fails here on purpose");
		}
	}
}
