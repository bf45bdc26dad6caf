package org.corporateparenting.tenancy.onboarding;

import java.nio.file.Path;
import java.util.Optional;

import org.corporateparenting.tenancy.StarterFolder;
import org.corporateparenting.tenancy.settings.StartupProperties;
import org.corporateparenting.tenancy.settings.TenantsProperties;
import org.springframework.stereotype.Component;

/** The tenants folder, when this start onboards from it: the demo does, production and migration-only runs do not. */
@Component
class DemoStarterFolder implements StarterFolder {

	private final Optional<Path> folder;

	DemoStarterFolder(TenantsProperties tenants, StartupProperties startup) {
		this.folder = tenants.onboardAtStart() && !startup.migrateOnly() ? Optional.of(tenants.folder())
				: Optional.empty();
	}

	@Override
	public Optional<Path> toOnboard() {
		return folder;
	}
}
