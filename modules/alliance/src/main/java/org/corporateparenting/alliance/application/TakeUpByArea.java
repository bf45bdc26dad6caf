package org.corporateparenting.alliance.application;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corporateparenting.alliance.CovenantArea;
import org.corporateparenting.alliance.PartnerOfferDirectory.AreaTakeUp;
import org.corporateparenting.alliance.PartnerOfferStatus;
import org.corporateparenting.alliance.domain.PartnerOffers.TakeUpRow;

/**
 * Sums the offers of each Covenant area: how many, how many open, their places, and the take-up of the latest
 * quarter any of them has a figure for (an earlier quarter's figure of another offer is not added to it).
 */
final class TakeUpByArea {

	private TakeUpByArea() {
	}

	static List<AreaTakeUp> of(List<TakeUpRow> rows) {
		Map<CovenantArea, Set<Long>> offers = new EnumMap<>(CovenantArea.class);
		Map<CovenantArea, Set<Long>> open = new EnumMap<>(CovenantArea.class);
		Map<CovenantArea, Integer> places = new EnumMap<>(CovenantArea.class);
		Map<CovenantArea, String> latest = new EnumMap<>(CovenantArea.class);
		Map<CovenantArea, Map<String, Integer>> takenUp = new EnumMap<>(CovenantArea.class);
		for (TakeUpRow row : rows) {
			CovenantArea area = row.area();
			if (offers.computeIfAbsent(area, a -> new HashSet<>()).add(row.offerId())) {
				places.merge(area, row.places() == null ? 0 : row.places(), Integer::sum);
				if (row.status() == PartnerOfferStatus.OPEN) {
					open.computeIfAbsent(area, a -> new HashSet<>()).add(row.offerId());
				}
			}
			if (row.quarter() != null) {
				takenUp.computeIfAbsent(area, a -> new HashMap<>()).merge(row.quarter(), row.takenUp(), Integer::sum);
				latest.merge(area, row.quarter(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
			}
		}
		List<AreaTakeUp> areas = new ArrayList<>();
		for (CovenantArea area : CovenantArea.values()) {
			String quarter = latest.get(area);
			areas.add(new AreaTakeUp(area, offers.getOrDefault(area, Set.of()).size(),
					open.getOrDefault(area, Set.of()).size(), places.getOrDefault(area, 0), quarter,
					quarter == null ? 0 : takenUp.get(area).get(quarter)));
		}
		return areas;
	}
}
