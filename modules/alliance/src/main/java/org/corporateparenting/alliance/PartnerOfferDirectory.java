package org.corporateparenting.alliance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The offers partner organisations make to care leavers, for modules that show or name one: the local offer's
 * sections that refer to a partner's offer, and the dashboard's offers by area. Called in the current council's
 * context; each method is one query.
 */
public interface PartnerOfferDirectory {

	/** The offer with this id, if the council has it. */
	Optional<OfferSummary> offer(long id);

	/** The offers with these ids that the council has, by id order. */
	List<OfferSummary> offers(Collection<Long> ids);

	/** Every offer, by area then organisation: what a local offer's section may refer to. */
	List<OfferSummary> offers();

	/** Every area with its offers counted and the take-up of its latest quarter with figures. */
	List<AreaTakeUp> byArea();

	/**
	 * @param places null when the offer gives a budget or no number
	 */
	record OfferSummary(long id, String organisationName, CovenantArea area, String title, String whatIsOffered,
			@Nullable String eligibility, @Nullable Integer places, PartnerOfferStatus status, boolean illustrative) {
	}

	/**
	 * @param places the places the area's offers give, where they give a number
	 * @param latestQuarter the latest quarter any of its offers has a figure for, such as {@code 2025-26 Q3}
	 * @param takenUp how many young people took up its offers in that quarter
	 */
	record AreaTakeUp(CovenantArea area, int offers, int open, int places, @Nullable String latestQuarter,
			int takenUp) {
	}
}
