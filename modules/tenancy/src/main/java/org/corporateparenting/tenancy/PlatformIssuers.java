package org.corporateparenting.tenancy;

import java.util.Set;

/**
 * The identity issuers trusted for every council: the platform's own (for platform admins and partnership analysts,
 * and the local sign-in in the demo). The security configuration provides them; the council filter asks.
 */
@FunctionalInterface
public interface PlatformIssuers {

	Set<String> issuers();
}
