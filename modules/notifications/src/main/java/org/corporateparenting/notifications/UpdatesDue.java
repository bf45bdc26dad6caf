package org.corporateparenting.notifications;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * The occasion on which a person hears that a record they report on is due an update: once the council's
 * {@link ReminderSettings#updateDueWeeks()} (12 unless it chose otherwise) have passed since its latest update, or,
 * with none, since it began. The occasion is keyed by that date, so it is told once, and a new update makes the next
 * one. Shared by every module whose records are reported on in turn (work streams, partners' pledges), so they all
 * remind alike.
 */
public final class UpdatesDue {

	private UpdatesDue() {
	}

	/** The last date a record's latest update (or its start) may have, for it to be due an update today. */
	public static LocalDate since(LocalDate today, ReminderSettings settings) {
		return today.minusWeeks(settings.updateDueWeeks());
	}

	/**
	 * Today's reminder of a record with no update since {@link #since(LocalDate, ReminderSettings)} or before.
	 *
	 * @param record what the record is, as its key starts, such as {@code work-stream:7}
	 * @param latestUpdate the date of its latest update, or null when it has had none
	 * @param start the day it began, which it is measured from when it has had no update
	 * @param began what happened that day, as "No update has been recorded since …" goes on: "it was set up"
	 * @param ask what the person is asked to do, such as "record what has been delivered and what is in progress"
	 */
	public static Reminder reminder(ReminderKind kind, Recipient to, String record, String subject, String path,
			@Nullable LocalDate latestUpdate, LocalDate start, String began, String ask, LocalDate today) {
		LocalDate since = latestUpdate == null ? start : latestUpdate;
		String when = DueDates.DAY.format(since) + ", " + ago(since, today);
		String detail = latestUpdate == null ? "No update has been recorded since " + began + " on " + when
				: "The latest update was recorded on " + when;
		return new Reminder(kind, to, record + ":update-due-since:" + since, subject, detail + ": " + ask, path, since);
	}

	private static String ago(LocalDate day, LocalDate today) {
		long weeks = ChronoUnit.WEEKS.between(day, today);
		return weeks == 1 ? "a week ago" : weeks + " weeks ago";
	}
}
