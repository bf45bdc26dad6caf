package org.corporateparenting.localoffer.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What a local offer says about itself, checked before it reaches the offer. */
public record OfferDetails(String title, @Nullable String introduction, @Nullable Long consultationId,
		@Nullable LocalDate reviewDue, @Nullable String contactRole, @Nullable String contactEmail,
		boolean illustrative) {
}
