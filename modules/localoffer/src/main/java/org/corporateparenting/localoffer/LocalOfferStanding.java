package org.corporateparenting.localoffer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where the council's local offer stands, for reporting's annual report: the version young people see, the areas
 * the law names that it does not cover, and its flags. Called in the current council's context.
 */
public interface LocalOfferStanding {

	/** The published version (or the one published while its review is under way), if there is one. */
	Optional<PublishedOffer> published(LocalDate today);

	/**
	 * @param areasCovered how many of the areas the law names it covers
	 * @param areasNotCovered the areas it does not yet cover, in the law's order
	 * @param publishedWithoutConsultation flag: published with no consultation on record
	 * @param reviewOverdue flag: its review date has come
	 */
	@Schema(name = "PublishedLocalOffer")
	record PublishedOffer(long id, String title, int edition, OfferStatus status, @Nullable LocalDate publishedOn,
			@Nullable LocalDate reviewDue, int sections, int areasCovered, List<OfferArea> areasNotCovered,
			boolean publishedWithoutConsultation, boolean reviewOverdue) {
	}
}
