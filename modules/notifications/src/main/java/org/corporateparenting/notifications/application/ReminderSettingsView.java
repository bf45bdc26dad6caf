package org.corporateparenting.notifications.application;

import java.util.List;

import org.corporateparenting.notifications.ReminderKind;
import org.corporateparenting.notifications.ReminderSettings;
import org.jspecify.annotations.Nullable;

/**
 * A council's reminder settings as shown and sent back: the figures, the kinds sent to nobody, the two contacts,
 * whether they are still the platform's defaults, and the version to quote when changing them.
 */
public record ReminderSettingsView(List<ReminderKind> switchedOff, int dueSoonDays, int dueSoonFinalDays,
		int staleProgressWeeks, int termsReviewNoticeDays, int consultationClosingDays, int youSaidWeDidWeeks,
		int youSaidWeDidOverdueWeeks, int updateDueWeeks, int boardPackDaysBefore, int indicatorFiguresDays,
		@Nullable String boardPackContactEmail, @Nullable String boardPackContactName,
		@Nullable String indicatorContactEmail, @Nullable String indicatorContactName, boolean defaults,
		long version) {

	static ReminderSettingsView of(ReminderSettings settings, boolean defaults, long version) {
		return new ReminderSettingsView(settings.switchedOff().stream().sorted().toList(), settings.dueSoonDays(),
				settings.dueSoonFinalDays(), settings.staleProgressWeeks(), settings.termsReviewNoticeDays(),
				settings.consultationClosingDays(), settings.youSaidWeDidWeeks(), settings.youSaidWeDidOverdueWeeks(),
				settings.updateDueWeeks(), settings.boardPackDaysBefore(), settings.indicatorFiguresDays(),
				settings.boardPackContact() == null ? null : settings.boardPackContact().email(),
				settings.boardPackContact() == null ? null : settings.boardPackContact().name(),
				settings.indicatorContact() == null ? null : settings.indicatorContact().email(),
				settings.indicatorContact() == null ? null : settings.indicatorContact().name(), defaults, version);
	}
}
