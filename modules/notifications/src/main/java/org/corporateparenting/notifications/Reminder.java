package org.corporateparenting.notifications;

import java.time.LocalDate;

/**
 * Something a person should hear about, as a module finds it on a day.
 *
 * @param key what makes this reminder itself, such as {@code action:42:due-in-14:2026-03-31}: a reminder with a key
 *     already sent to the recipient is not sent again, so a key names the occasion (the date it is about, the
 *     number of days before), not only the record
 * @param subject one line saying what it is about, such as "WAL-23-04 Refresh the foster carer strategy"; one longer
 *     than {@value #SUBJECT_LENGTH} characters is cut short with an ellipsis
 * @param detail what is asked of the person, such as "Due on 31 March 2026, in 14 days"
 * @param path where it is on the platform, such as {@code /councils/walsall/actions/42}
 * @param date the date it is about (a due date, a review date), for ordering a digest
 */
public record Reminder(ReminderKind kind, Recipient to, String key, String subject, String detail, String path,
		LocalDate date) {

	/** The longest subject kept, as the notification log stores it. */
	public static final int SUBJECT_LENGTH = 300;

	public Reminder {
		if (subject.length() > SUBJECT_LENGTH) {
			subject = subject.substring(0, SUBJECT_LENGTH - 1).strip() + "…";
		}
	}
}
