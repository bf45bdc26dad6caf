package org.corporateparenting.localoffer.domain;

import org.corporateparenting.localoffer.Entitlement;
import org.corporateparenting.localoffer.OfferArea;
import org.jspecify.annotations.Nullable;

/**
 * What one section of the offer says, checked before it reaches the section.
 *
 * @param partnerOfferId the partner's offer it is, when a partner organisation provides it (the alliance's record)
 */
public record SectionDetails(OfferArea area, String title, String whatYouCanGet, @Nullable String whoIsEligible,
		@Nullable String howToAsk, Entitlement entitlement, @Nullable String provider, @Nullable String contact,
		boolean illustrative, @Nullable Long partnerOfferId) {
}
