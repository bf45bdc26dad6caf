package org.corporateparenting.localoffer;

import java.time.LocalDate;
import java.util.Set;

import org.corporateparenting.tenancy.CouncilEvent;
import org.jspecify.annotations.Nullable;

/**
 * A version of the local offer was published (or confirmed after a review), with the areas it covers and the
 * consultation it went through, if any.
 */
public record LocalOfferPublished(String council, long offerId, String title, int edition, LocalDate publishedOn,
		LocalDate reviewDue, Set<OfferArea> areasCovered, @Nullable Long consultationId) implements CouncilEvent {
}
