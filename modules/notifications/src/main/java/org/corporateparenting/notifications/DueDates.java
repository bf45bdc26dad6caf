package org.corporateparenting.notifications;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The occasions on which a person hears of a record's due date: the council's {@link ReminderSettings#dueSoonDays()}
 * before (14 unless it chose otherwise), again {@link ReminderSettings#dueSoonFinalDays()} before (3), and once when
 * it has passed. Each occasion has its own key, so someone named late hears of the nearest one only, and moving the
 * due date makes new occasions. Shared by every module whose records fall due, so they all remind alike.
 */
public final class DueDates {

	/** How dates read in reminders: "31 March 2026". */
	public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private DueDates() {
	}

	/** The last due date that has a reminder today: records due by then, and not done, are the ones to look at. */
	public static LocalDate horizon(LocalDate today, ReminderSettings settings) {
		return today.plusDays(settings.dueSoonDays());
	}

	/**
	 * Today's reminder of a record due by {@link #horizon(LocalDate, ReminderSettings)}.
	 *
	 * @param record what the record is, as its key starts, such as {@code action:42}
	 */
	public static Reminder reminder(ReminderKind dueSoon, ReminderKind overdue, Recipient to, String record,
			String subject, String path, LocalDate due, LocalDate today, ReminderSettings settings) {
		long days = ChronoUnit.DAYS.between(today, due);
		if (days < 0) {
			return new Reminder(overdue, to, record + ":overdue:" + due, subject,
					"Was due on " + DAY.format(due) + " and is not complete: record its progress, or agree a new date",
					path, due);
		}
		int window = days <= settings.dueSoonFinalDays() ? settings.dueSoonFinalDays() : settings.dueSoonDays();
		return new Reminder(dueSoon, to, record + ":due-in-" + window + ":" + due, subject,
				"Due on " + when(today, due), path, due);
	}

	/** A day still to come as reminders say it: "31 March 2026, in 14 days", "…, tomorrow", "…, today". */
	public static String when(LocalDate today, LocalDate day) {
		long days = ChronoUnit.DAYS.between(today, day);
		return DAY.format(day) + (days == 0 ? ", today" : days == 1 ? ", tomorrow" : ", in " + days + " days");
	}
}
