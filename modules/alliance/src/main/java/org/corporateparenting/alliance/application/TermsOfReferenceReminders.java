package org.corporateparenting.alliance.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.corporateparenting.alliance.BodyStatus;
import org.corporateparenting.alliance.TermsOfReferenceStatus;
import org.corporateparenting.alliance.domain.TermsOfReference;
import org.corporateparenting.alliance.domain.TermsOfReferenceEditions;
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
 * Reminds whoever speaks for an active body ({@link OrganisationContacts}) that its terms of reference in force are
 * due for review: once a month before the review date, and once when the date has come. A new review date (a new
 * edition, or the date moved) makes new occasions.
 */
@Component
class TermsOfReferenceReminders implements ReminderSource {

	private final TermsOfReferenceEditions terms;

	private final OrganisationContacts contacts;

	TermsOfReferenceReminders(TermsOfReferenceEditions terms, OrganisationContacts contacts) {
		this.terms = terms;
		this.contacts = contacts;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Reminder> reminders(LocalDate today, ReminderSettings settings) {
		List<TermsOfReference> due = terms.findByStatusWithBody(TermsOfReferenceStatus.IN_FORCE)
			.stream()
			.filter(edition -> edition.getBody().getStatus() == BodyStatus.ACTIVE && edition.getReviewDate() != null
					&& !edition.getReviewDate().isAfter(today.plusDays(settings.termsReviewNoticeDays())))
			.toList();
		if (due.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Recipient>> audiences = contacts
			.forBodies(due.stream().map(edition -> edition.getBody().getId()).toList());
		String council = CouncilContext.require();
		return due.stream()
			.flatMap(edition -> audiences.get(edition.getBody().getId())
				.stream()
				.map(to -> reminder(edition, to, council, today)))
			.toList();
	}

	private static Reminder reminder(TermsOfReference edition, Recipient to, String council, LocalDate today) {
		LocalDate review = edition.getReviewDate();
		String key = "terms-of-reference:" + edition.getId();
		String subject = edition.getBody().getName() + ": terms of reference, edition " + edition.getEdition();
		String path = "/councils/" + council + "/alliance/bodies/" + edition.getBody().getId();
		if (edition.reviewOverdue(today)) {
			return new Reminder(ReminderKind.TERMS_OF_REFERENCE_REVIEW_OVERDUE, to, key + ":review-overdue:" + review,
					subject, "Were to be reviewed by " + DueDates.DAY.format(review)
							+ ": review them with the body, and approve a new edition or set a new review date",
					path, review);
		}
		return new Reminder(ReminderKind.TERMS_OF_REFERENCE_REVIEW_DUE, to, key + ":review-due:" + review,
				subject, "To be reviewed by " + DueDates.when(today, review)
						+ ": put the review on the agenda of the body's next meeting",
				path, review);
	}
}
