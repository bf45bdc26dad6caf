package org.corporateparenting.notifications;

import java.time.LocalDate;
import java.util.List;

/**
 * A module's part of the daily reminders: what is due for whom in the current council on a day. Called once a day in
 * each active council's context, inside no transaction; a reminder found again on a later day is not sent twice.
 */
public interface ReminderSource {

	List<Reminder> reminders(LocalDate today);
}
