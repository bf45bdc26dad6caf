package org.corporateparenting.consultation.application;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.corporateparenting.consultation.domain.ConsultationContact;
import org.corporateparenting.consultation.domain.Consultations;
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
 * Reminds a consultation's contact (where it has a contact's email) some days before it closes (3 unless the council
 * chose otherwise), and, once it has closed, that young people are owed "you said, we did": 8 weeks after it closed
 * and again at 12 weeks (or the council's own weeks), while no finding has been told back. Each is its own occasion, keyed by the closing date, so moving the date makes new ones.
 */
@Component
class ConsultationReminders implements ReminderSource {

	private final Consultations consultations;

	ConsultationReminders(Consultations consultations) {
		this.consultations = consultations;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Reminder> reminders(LocalDate today, ReminderSettings settings) {
		String council = CouncilContext.require();
		List<Reminder> reminders = new ArrayList<>();
		for (ConsultationContact consultation : consultations.findClosingWithContact(today,
				today.plusDays(settings.consultationClosingDays()))) {
			reminders.add(reminder(ReminderKind.CONSULTATION_CLOSING, consultation, "closing", council,
					"Closes on " + DueDates.when(today, consultation.closesOn())));
		}
		for (ConsultationContact consultation : consultations.findOwingReportBackWithContact(today.minusWeeks(settings.youSaidWeDidWeeks()))) {
			String closed = "Closed on " + DueDates.DAY.format(consultation.closesOn()) + ", "
					+ ChronoUnit.WEEKS.between(consultation.closesOn(), today) + " weeks ago";
			reminders.add(consultation.closesOn().isAfter(today.minusWeeks(settings.youSaidWeDidOverdueWeeks()))
					? reminder(ReminderKind.YOU_SAID_WE_DID_OWED, consultation, "report-back-owed", council,
							closed + ": tell young people what came of it (\"you said, we did\")")
					: reminder(ReminderKind.YOU_SAID_WE_DID_OVERDUE, consultation, "report-back-overdue", council,
							closed + ", and young people have still not been told what came of it"));
		}
		return reminders;
	}

	private static Reminder reminder(ReminderKind kind, ConsultationContact consultation, String occasion,
			String council, String detail) {
		return new Reminder(kind, new Recipient(consultation.contactEmail(), consultation.contactRole()),
				"consultation:" + consultation.id() + ":" + occasion + ":" + consultation.closesOn(),
				consultation.topic(), detail, "/councils/" + council + "/consultations/" + consultation.id(),
				consultation.closesOn());
	}
}
