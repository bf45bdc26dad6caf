package org.corporateparenting.localoffer.application;

import java.time.LocalDate;
import java.util.List;

import org.corporateparenting.consultation.ConsultationRecords.ConsultationRecord;
import org.corporateparenting.localoffer.Entitlement;
import org.corporateparenting.localoffer.OfferArea;
import org.corporateparenting.localoffer.OfferStatus;
import org.corporateparenting.localoffer.domain.LocalOffer;
import org.corporateparenting.localoffer.domain.OfferSection;
import org.jspecify.annotations.Nullable;

/** The local offer as the API shows it. */
public final class LocalOfferViews {

	private LocalOfferViews() {
	}

	/**
	 * @param consultation the consultation it went through, when one is linked (shown on a single offer, not in lists)
	 * @param publishedWithoutConsultation flag: published with no consultation on record
	 * @param reviewOverdue flag: published and its review date has come
	 */
	public record OfferView(long id, long version, String title, int edition, OfferStatus status,
			@Nullable String introduction, @Nullable Long consultationId, @Nullable ConsultationRecord consultation,
			@Nullable LocalDate publishedOn, @Nullable LocalDate reviewDue, @Nullable String contactRole,
			@Nullable String contactEmail, boolean illustrative, @Nullable Long replacesOfferId,
			boolean publishedWithoutConsultation, boolean reviewOverdue, List<SectionView> sections,
			List<OfferArea> areasNotCovered) {

		public static OfferView of(LocalOffer offer, LocalDate today, @Nullable ConsultationRecord consultation) {
			return new OfferView(offer.getId(), offer.getVersion(), offer.getTitle(), offer.getEdition(),
					offer.getStatus(), offer.getIntroduction(), offer.getConsultationId(), consultation,
					offer.getPublishedOn(), offer.getReviewDue(), offer.getContactRole(), offer.getContactEmail(),
					offer.isIllustrative(), offer.getReplacesOfferId(), offer.publishedWithoutConsultation(),
					offer.reviewDue(today), offer.getSections().stream().map(SectionView::of).toList(),
					Coverage.of(offer).missing());
		}
	}

	public record SectionView(long id, long version, OfferArea area, String title, String whatYouCanGet,
			@Nullable String whoIsEligible, @Nullable String howToAsk, Entitlement entitlement,
			@Nullable String provider, @Nullable String contact, boolean illustrative, @Nullable Long partnerOfferId) {

		public static SectionView of(OfferSection section) {
			return new SectionView(section.getId(), section.getVersion(), section.getArea(), section.getTitle(),
					section.getWhatYouCanGet(), section.getWhoIsEligible(), section.getHowToAsk(),
					section.getEntitlement(), section.getProvider(), section.getContact(), section.isIllustrative(),
					section.getPartnerOfferId());
		}
	}
}
