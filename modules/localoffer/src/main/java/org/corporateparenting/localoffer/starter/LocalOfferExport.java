package org.corporateparenting.localoffer.starter;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.corporateparenting.alliance.PartnerOfferDirectory;
import org.corporateparenting.alliance.PartnerOfferDirectory.OfferSummary;
import org.corporateparenting.consultation.ConsultationRecords;
import org.corporateparenting.consultation.ConsultationRecords.ConsultationRecord;
import org.corporateparenting.localoffer.domain.LocalOffer;
import org.corporateparenting.localoffer.domain.LocalOffers;
import org.corporateparenting.localoffer.domain.OfferSection;
import org.corporateparenting.localoffer.starter.LocalOfferStarterFile.OfferEntry;
import org.corporateparenting.localoffer.starter.LocalOfferStarterFile.PartnerOfferReference;
import org.corporateparenting.localoffer.starter.LocalOfferStarterFile.SectionEntry;
import org.corporateparenting.tenancy.StarterExport;
import org.jspecify.annotations.Nullable;
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

	private final PartnerOfferDirectory partnerOffers;

	LocalOfferExport(LocalOffers offers, ConsultationRecords consultations, PartnerOfferDirectory partnerOffers) {
		this.offers = offers;
		this.consultations = consultations;
		this.partnerOffers = partnerOffers;
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
		Map<Long, OfferSummary> named = partnerOffers
			.offers(all.stream()
				.flatMap(offer -> offer.getSections().stream())
				.map(OfferSection::getPartnerOfferId)
				.filter(id -> id != null)
				.collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(OfferSummary::id, Function.identity()));
		return Optional.of(new LocalOfferStarterFile(all.stream().map(offer -> entry(offer, named)).toList()));
	}

	/** A section's partner's offer as the file names it; none when the offer has since gone. */
	private static @Nullable PartnerOfferReference reference(OfferSection section, Map<Long, OfferSummary> named) {
		OfferSummary offer = section.getPartnerOfferId() == null ? null : named.get(section.getPartnerOfferId());
		return offer == null ? null : new PartnerOfferReference(offer.organisationName(), offer.title());
	}

	private OfferEntry entry(LocalOffer offer, Map<Long, OfferSummary> named) {
		String topic = offer.getConsultationId() == null ? null
				: consultations.find(offer.getConsultationId()).map(ConsultationRecord::topic).orElse(null);
		List<SectionEntry> sections = offer.getSections()
			.stream()
			.map(section -> new SectionEntry(section.getArea(), section.getTitle(), section.getWhatYouCanGet(),
					section.getWhoIsEligible(), section.getHowToAsk(), section.getEntitlement(), section.getProvider(),
					section.getContact(), section.isIllustrative(), reference(section, named)))
			.toList();
		return new OfferEntry(offer.getTitle(), offer.getStatus(), offer.getIntroduction(), topic,
				offer.getPublishedOn(), offer.getReviewDue(), offer.getContactRole(), offer.getContactEmail(),
				offer.isIllustrative(), sections);
	}
}
