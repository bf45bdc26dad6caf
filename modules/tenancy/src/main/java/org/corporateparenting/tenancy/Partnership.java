package org.corporateparenting.tenancy;

import java.util.List;

/**
 * Councils that compare their progress with each other: a regional partnership or a peer network.
 *
 * @param councils the slugs of the member councils
 */
public record Partnership(String slug, String name, PartnershipKind kind, List<String> councils, long version) {

	public enum PartnershipKind {
		REGIONAL, PEER_NETWORK
	}
}
