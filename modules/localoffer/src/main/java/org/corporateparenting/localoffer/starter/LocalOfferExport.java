package org.corporateparenting.localoffer.starter;

import java.util.List;
import java.util.Optional;

import org.corporateparenting.consultation.ConsultationRecords;
import org.corporateparenting.consultation.ConsultationRecords.ConsultationRecord;
import org.corporateparenting.localoffer.domain.LocalOffer;
import org.corporateparenting.localoffer.domain.LocalOffers;
import org.corporateparenting.localoffer.starter.LocalOfferStarterFile.OfferEntry;
import org.corporateparenting.localoffer.starter.LocalOfferStarterFile.SectionEntry;
import org.corporateparenting.tenancy.StarterExport;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the council's local offer back as its {@code local-offer.yaml}: every version, oldest first, naming its
 * consultation by topic, as the file does.
 */
@Component
class LocalOfferExport implements StarterExport {

	private final LocalOffers offers;

	private final ConsultationRecords consultations;

	LocalOfferExport(LocalOffers offers, ConsultationRecords consultations) {
		this.offers = offers;
		this.consultations = consultations;
	}

	@Override
	public String file() {
		return LocalOfferStarter.FILE;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<LocalOfferStarterFile> export() {
		List<LocalOffer> all = offers.findAllByOrderByIdDesc().reversed();
		if (all.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new LocalOfferStarterFile(all.stream().map(this::entry).toList()));
	}

	private OfferEntry entry(LocalOffer offer) {
		String topic = offer.getConsultationId() == null ? null
				: consultations.find(offer.getConsultationId()).map(ConsultationRecord::topic).orElse(null);
		List<SectionEntry> sections = offer.getSections()
			.stream()
			.map(section -> new SectionEntry(section.getArea(), section.getTitle(), section.getWhatYouCanGet(),
					section.getWhoIsEligible(), section.getHowToAsk(), section.getEntitlement(), section.getProvider(),
					section.getContact(), section.isIllustrative()))
			.toList();
		return new OfferEntry(offer.getTitle(), offer.getStatus(), offer.getIntroduction(), topic,
				offer.getPublishedOn(), offer.getReviewDue(), offer.getContactRole(), offer.getContactEmail(),
				offer.isIllustrative(), sections);
	}
}
