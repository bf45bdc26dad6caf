package org.corporateparenting.localoffer.application;

import java.time.LocalDate;
import java.util.Optional;

import org.corporateparenting.localoffer.LocalOfferStanding;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The published offer as the module's own pages see it, with the checker's and the flags' answers. */
@Service
@Transactional(readOnly = true)
class LocalOfferStandings implements LocalOfferStanding {

	private final LocalOfferManagement offers;

	LocalOfferStandings(LocalOfferManagement offers) {
		this.offers = offers;
	}

	@Override
	public Optional<PublishedOffer> published(LocalDate today) {
		return offers.published().map(offer -> {
			Coverage coverage = Coverage.of(offer);
			return new PublishedOffer(offer.getId(), offer.getTitle(), offer.getEdition(), offer.getStatus(),
					offer.getPublishedOn(), offer.getReviewDue(), offer.getSections().size(),
					coverage.areas().size() - coverage.missing().size(), coverage.missing(),
					offer.publishedWithoutConsultation(), offer.reviewDue(today));
		});
	}
}
