package org.corporateparenting.notifications;

import java.time.LocalDate;
import java.util.List;

/**
 * A module's part of the reminders: what is due for whom in the current council on a day, by the council's
 * {@link ReminderSettings}. Called in each active council's context, inside no transaction: every morning for the
 * digests, and through the day for people who hear at once; a reminder found again is not sent twice. Kinds the
 * council switched off are dropped by the caller, so a source need not check them.
 */
public interface ReminderSource {

	List<Reminder> reminders(LocalDate today, ReminderSettings settings);
}
