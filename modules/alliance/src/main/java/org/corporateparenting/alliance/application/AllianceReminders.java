package org.corporateparenting.alliance.application;

import org.corporateparenting.tenancy.Councils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each morning, in every active council: announces actions that have become overdue and terms of reference that
 * have reached their review date, once each.
 */
@Component
class AllianceReminders {

	private static final Logger log = LoggerFactory.getLogger(AllianceReminders.class);

	private final Councils councils;

	private final ActionManagement actions;

	private final TermsOfReferenceManagement terms;

	AllianceReminders(Councils councils, ActionManagement actions, TermsOfReferenceManagement terms) {
		this.councils = councils;
		this.actions = actions;
		this.terms = terms;
	}

	@Scheduled(cron = "${cpp.alliance.reminders-cron:0 0 6 * * *}", zone = "Europe/London")
	void remind() {
		councils.forEachActive(() -> {
			int overdue = actions.announceOverdue();
			int reviews = terms.announceReviewsDue();
			if (overdue + reviews > 0) {
				log.info("{} actions newly overdue, {} terms of reference due for review", overdue, reviews);
			}
		});
	}
}
