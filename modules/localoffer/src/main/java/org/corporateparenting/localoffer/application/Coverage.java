package org.corporateparenting.localoffer.application;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.corporateparenting.localoffer.OfferArea;
import org.corporateparenting.localoffer.domain.LocalOffer;

/**
 * The checker: for each area the law names, whether the offer covers it (a section saying what care leavers get, who
 * is eligible and how to ask), and the areas it does not yet cover.
 *
 * @param missing the areas the law requires that the offer does not yet cover, in the law's order
 */
public record Coverage(List<AreaCoverage> areas, List<OfferArea> missing) {

	public static Coverage of(LocalOffer offer) {
		Set<OfferArea> covered = offer.areasCovered();
		List<AreaCoverage> areas = Arrays.stream(OfferArea.values())
			.map(area -> new AreaCoverage(area, area.label(), area.law().label(), offer.sectionsIn(area).size(),
					covered.contains(area)))
			.toList();
		return new Coverage(areas, areas.stream().filter(area -> !area.covered()).map(AreaCoverage::area).toList());
	}

	public boolean complete() {
		return missing.isEmpty();
	}

	/**
	 * @param sections the offer's sections in the area, complete or not
	 * @param covered whether one of them says what care leavers get, who is eligible and how to ask
	 */
	public record AreaCoverage(OfferArea area, String label, String law, int sections, boolean covered) {
	}
}
