package org.corporateparenting.tenancy.database;

import org.corporateparenting.tenancy.CouncilContext;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/** Tells Hibernate which council a session belongs to: the current council, else the platform. */
class CurrentCouncilResolver implements CurrentTenantIdentifierResolver<String> {

	/** Not a valid slug, so it can never be mistaken for a council. */
	static final String PLATFORM = "@platform";

	@Override
	public String resolveCurrentTenantIdentifier() {
		return CouncilContext.current().orElse(PLATFORM);
	}

	@Override
	public boolean validateExistingCurrentSessions() {
		return true;
	}

	@Override
	public boolean isRoot(String tenant) {
		return PLATFORM.equals(tenant);
	}
}
