package org.corporateparenting.localoffer;

import org.corporateparenting.tenancy.CouncilEvent;

/** A new version of the local offer was published and replaced the one before; the old one stays on record. */
public record LocalOfferReplaced(String council, long replacedOfferId, long byOfferId) implements CouncilEvent {
}
