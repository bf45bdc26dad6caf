/**
 * Councils (the platform's tenants): the registry, onboarding, suspension, regional partnerships, the council
 * context and the schema-per-council routing and migrations behind it.
 * <p>
 * The root package is the module's API: {@link org.corporateparenting.tenancy.Councils} to look councils up,
 * {@link org.corporateparenting.tenancy.CouncilContext} to run work in a council, and the events other
 * modules listen to. No other module ever sees a schema name, a connection or a tenant identifier.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenancy")
package org.corporateparenting.tenancy;
