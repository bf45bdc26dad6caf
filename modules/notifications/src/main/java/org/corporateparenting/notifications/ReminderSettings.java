package org.corporateparenting.notifications;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A council's choices of what its reminders say and when, read by every {@link ReminderSource}: which kinds it sends
 * at all, and how far ahead or how long after each occasion. Councils that chose nothing have {@link #DEFAULTS}.
 *
 * @param switchedOff kinds the council sends to nobody (each person also chooses for themselves)
 * @param dueSoonDays days before a due date of the first reminder (14)
 * @param dueSoonFinalDays days before a due date of the second reminder (3); fewer than {@code dueSoonDays}
 * @param staleProgressWeeks weeks without progress recorded on an action under way before its owner hears (6)
 * @param termsReviewNoticeDays days before a terms of reference's review date that its body hears (30)
 * @param consultationClosingDays days before an open consultation closes that its contact hears (3)
 * @param youSaidWeDidWeeks weeks after a consultation closed that "you said, we did" is owed (8)
 * @param youSaidWeDidOverdueWeeks weeks after a consultation closed that "you said, we did" is overdue (12)
 * @param updateDueWeeks weeks without an update on a work stream or a partner's pledge before its lead hears (12)
 * @param boardPackDaysBefore days before a board meeting that its pack is due (10)
 * @param indicatorFiguresDays days after a period ends by which its figures should be entered (42)
 * @param boardPackContact who prepares board packs (the board's secretary, say), if anyone is to hear of them
 * @param indicatorContact who enters the indicators' figures (the performance team), if anyone is to hear of them
 */
public record ReminderSettings(Set<ReminderKind> switchedOff, int dueSoonDays, int dueSoonFinalDays,
		int staleProgressWeeks, int termsReviewNoticeDays, int consultationClosingDays, int youSaidWeDidWeeks,
		int youSaidWeDidOverdueWeeks, int updateDueWeeks, int boardPackDaysBefore, int indicatorFiguresDays,
		@Nullable Recipient boardPackContact, @Nullable Recipient indicatorContact) {

	/** What a council has until it chooses otherwise. */
	public static final ReminderSettings DEFAULTS = new ReminderSettings(Set.of(), 14, 3, 6, 30, 3, 8, 12, 12, 10, 42,
			null, null);

	public ReminderSettings {
		switchedOff = switchedOff.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(switchedOff));
	}

	/** Whether the council sends this kind at all. */
	public boolean sends(ReminderKind kind) {
		return !switchedOff.contains(kind);
	}
}
