package org.corporateparenting.notifications.starter;

import java.util.List;

import org.corporateparenting.notifications.ReminderKind;
import org.corporateparenting.notifications.ReminderSettings;
import org.corporateparenting.notifications.application.ReminderSettingsRequest;
import org.jspecify.annotations.Nullable;

/**
 * The shape of a council's {@code notifications.yaml}: its reminder settings, each left out taking the platform's
 * default.
 */
record NotificationsStarterFile(@Nullable Reminders reminders) {

	NotificationsStarterFile {
		reminders = reminders == null ? new Reminders(null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null) : reminders;
	}

	record Reminders(@Nullable List<ReminderKind> switchedOff, @Nullable Integer dueSoonDays,
			@Nullable Integer dueSoonFinalDays, @Nullable Integer staleProgressWeeks,
			@Nullable Integer termsReviewNoticeDays, @Nullable Integer consultationClosingDays,
			@Nullable Integer youSaidWeDidWeeks, @Nullable Integer youSaidWeDidOverdueWeeks,
			@Nullable Integer updateDueWeeks, @Nullable Integer boardPackDaysBefore,
			@Nullable Integer indicatorFiguresDays, @Nullable String boardPackContactEmail,
			@Nullable String boardPackContactName, @Nullable String indicatorContactEmail,
			@Nullable String indicatorContactName) {

		/** The settings the file gives, the defaults where it is silent, as a council with none saved sends them. */
		ReminderSettingsRequest toRequest() {
			ReminderSettings d = ReminderSettings.DEFAULTS;
			return new ReminderSettingsRequest(switchedOff == null ? List.of() : switchedOff,
					or(dueSoonDays, d.dueSoonDays()), or(dueSoonFinalDays, d.dueSoonFinalDays()),
					or(staleProgressWeeks, d.staleProgressWeeks()), or(termsReviewNoticeDays, d.termsReviewNoticeDays()),
					or(consultationClosingDays, d.consultationClosingDays()), or(youSaidWeDidWeeks, d.youSaidWeDidWeeks()),
					or(youSaidWeDidOverdueWeeks, d.youSaidWeDidOverdueWeeks()), or(updateDueWeeks, d.updateDueWeeks()),
					or(boardPackDaysBefore, d.boardPackDaysBefore()), or(indicatorFiguresDays, d.indicatorFiguresDays()),
					boardPackContactEmail, boardPackContactName, indicatorContactEmail, indicatorContactName, 0L);
		}

		static Reminders of(ReminderSettings settings) {
			return new Reminders(settings.switchedOff().stream().sorted().toList(), settings.dueSoonDays(),
					settings.dueSoonFinalDays(), settings.staleProgressWeeks(), settings.termsReviewNoticeDays(),
					settings.consultationClosingDays(), settings.youSaidWeDidWeeks(),
					settings.youSaidWeDidOverdueWeeks(), settings.updateDueWeeks(), settings.boardPackDaysBefore(),
					settings.indicatorFiguresDays(),
					settings.boardPackContact() == null ? null : settings.boardPackContact().email(),
					settings.boardPackContact() == null ? null : settings.boardPackContact().name(),
					settings.indicatorContact() == null ? null : settings.indicatorContact().email(),
					settings.indicatorContact() == null ? null : settings.indicatorContact().name());
		}

		private static int or(@Nullable Integer given, int otherwise) {
			return given == null ? otherwise : given;
		}
	}
}
