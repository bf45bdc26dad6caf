package org.corporateparenting.localoffer;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Sections of the local offer as other modules name them: inspection evidence points at the section that shows what
 * care leavers are offered. Called in the current council's context.
 */
public interface OfferSectionRecords {

	/** Every section of every version, the newest version first: to choose one from. */
	List<SectionRecord> all();

	/** The sections with these ids, by id, found in one query; unknown ones are left out. */
	Map<Long, SectionRecord> byIds(Collection<Long> ids);

	/**
	 * @param offerStatus where the version the section belongs to is (draft, published, replaced, ...)
	 * @param path where its page is, below {@code /councils/{council}}
	 */
	record SectionRecord(long id, String title, OfferArea area, long offerId, String offerTitle, int edition,
			OfferStatus offerStatus, String path) {
	}
}
