package org.corporateparenting.localoffer.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.corporateparenting.localoffer.OfferSectionRecords;
import org.corporateparenting.localoffer.domain.LocalOffer;
import org.corporateparenting.localoffer.domain.OfferSection;
import org.corporateparenting.localoffer.domain.OfferSections;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds a council's local offer sections for the modules that link to them, each with its version's state. */
@Component
class OfferSectionLookup implements OfferSectionRecords {

	private final OfferSections sections;

	OfferSectionLookup(OfferSections sections) {
		this.sections = sections;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SectionRecord> all() {
		return sections.findAllWithOffer().stream().map(OfferSectionLookup::record).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, SectionRecord> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return sections.findWithOfferByIdIn(ids)
			.stream()
			.map(OfferSectionLookup::record)
			.collect(Collectors.toMap(SectionRecord::id, Function.identity()));
	}

	private static SectionRecord record(OfferSection section) {
		LocalOffer offer = section.getOffer();
		return new SectionRecord(section.getId(), section.getTitle(), section.getArea(), offer.getId(),
				offer.getTitle(), offer.getEdition(), offer.getStatus(), "/offer-sections/" + section.getId());
	}
}
