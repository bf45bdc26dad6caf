package org.corporateparenting.localoffer.application;

import java.time.LocalDate;
import java.util.List;

import org.corporateparenting.localoffer.OfferStatus;
import org.corporateparenting.localoffer.domain.LocalOffer;
import org.corporateparenting.localoffer.domain.LocalOffers;
import org.corporateparenting.notifications.DueDates;
import org.corporateparenting.notifications.Recipient;
import org.corporateparenting.notifications.Reminder;
import org.corporateparenting.notifications.ReminderKind;
import org.corporateparenting.notifications.ReminderSettings;
import org.corporateparenting.notifications.ReminderSource;
import org.corporateparenting.tenancy.CouncilContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds whoever looks after the published local offer (its contact's email) that its review is due: the council's
 * first-reminder days before the review date (14 unless it chose otherwise), and once when the date has come. An
 * offer with no contact's email reminds nobody; its page still flags the review.
 */
@Component
class LocalOfferReminders implements ReminderSource {

	private final LocalOffers offers;

	LocalOfferReminders(LocalOffers offers) {
		this.offers = offers;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Reminder> reminders(LocalDate today, ReminderSettings settings) {
		LocalDate horizon = today.plusDays(settings.dueSoonDays());
		String council = CouncilContext.require();
		return offers.findByStatusIn(List.of(OfferStatus.PUBLISHED))
			.stream()
			.filter(offer -> offer.getContactEmail() != null && offer.getReviewDue() != null
					&& !offer.getReviewDue().isAfter(horizon))
			.map(offer -> reminder(offer, council, today))
			.toList();
	}

	private static Reminder reminder(LocalOffer offer, String council, LocalDate today) {
		LocalDate review = offer.getReviewDue();
		Recipient to = new Recipient(offer.getContactEmail(), offer.getContactRole());
		String key = "local-offer:" + offer.getId();
		String subject = offer.getTitle() + ", version " + offer.getEdition();
		String path = "/councils/" + council + "/local-offers/" + offer.getId();
		if (!review.isAfter(today)) {
			return new Reminder(ReminderKind.LOCAL_OFFER_REVIEW_OVERDUE, to, key + ":review-overdue:" + review, subject,
					"Was to be reviewed by " + DueDates.DAY.format(review)
							+ ": start its next version with care leavers, or confirm it with a new review date",
					path, review);
		}
		return new Reminder(ReminderKind.LOCAL_OFFER_REVIEW_DUE, to, key + ":review-due:" + review, subject,
				"To be reviewed by " + DueDates.when(today, review)
						+ ": plan the review and the consultation with care leavers",
				path, review);
	}
}
