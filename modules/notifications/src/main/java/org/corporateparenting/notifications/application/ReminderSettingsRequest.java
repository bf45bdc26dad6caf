package org.corporateparenting.notifications.application;

import java.util.List;

import org.corporateparenting.notifications.ReminderKind;
import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A council's reminder settings as its admins send them: every figure, the kinds sent to nobody, and who hears of
 * board packs and indicator figures; {@code version} as read (0 while the council has the defaults).
 */
public record ReminderSettingsRequest(
		@Schema(description = "Kinds of reminder the council sends to nobody") List<ReminderKind> switchedOff,
		@NotNull(message = "Enter how many days before a due date the first reminder goes") @Min(value = 1, message = "must be 1 or more") @Max(value = 90, message = "must be 90 or fewer") Integer dueSoonDays,
		@NotNull(message = "Enter how many days before a due date the second reminder goes") @Min(value = 1, message = "must be 1 or more") @Max(value = 30, message = "must be 30 or fewer") Integer dueSoonFinalDays,
		@NotNull(message = "Enter after how many weeks without progress an action's owner hears") @Min(value = 1, message = "must be 1 or more") @Max(value = 52, message = "must be 52 or fewer") Integer staleProgressWeeks,
		@NotNull(message = "Enter how many days before a review date a body hears") @Min(value = 1, message = "must be 1 or more") @Max(value = 180, message = "must be 180 or fewer") Integer termsReviewNoticeDays,
		@NotNull(message = "Enter how many days before a consultation closes its contact hears") @Min(value = 1, message = "must be 1 or more") @Max(value = 30, message = "must be 30 or fewer") Integer consultationClosingDays,
		@NotNull(message = "Enter after how many weeks \"you said, we did\" is owed") @Min(value = 1, message = "must be 1 or more") @Max(value = 52, message = "must be 52 or fewer") Integer youSaidWeDidWeeks,
		@NotNull(message = "Enter after how many weeks \"you said, we did\" is overdue") @Min(value = 2, message = "must be 2 or more") @Max(value = 104, message = "must be 104 or fewer") Integer youSaidWeDidOverdueWeeks,
		@NotNull(message = "Enter after how many weeks without an update a lead hears") @Min(value = 1, message = "must be 1 or more") @Max(value = 52, message = "must be 52 or fewer") Integer updateDueWeeks,
		@NotNull(message = "Enter how many days before a meeting its board pack is due") @Min(value = 1, message = "must be 1 or more") @Max(value = 60, message = "must be 60 or fewer") Integer boardPackDaysBefore,
		@NotNull(message = "Enter how many days after a period ends its figures are due") @Min(value = 0, message = "must be 0 or more") @Max(value = 365, message = "must be 365 or fewer") Integer indicatorFiguresDays,
		@Email(message = "Enter an email address, such as democratic.services@council.gov.uk") @Size(max = 254, message = "must be 254 characters or fewer") @Nullable String boardPackContactEmail,
		@Size(max = 200, message = "must be 200 characters or fewer") @Schema(example = "Head of Service, Corporate Parenting") @Nullable String boardPackContactName,
		@Email(message = "Enter an email address, such as performance@council.gov.uk") @Size(max = 254, message = "must be 254 characters or fewer") @Nullable String indicatorContactEmail,
		@Size(max = 200, message = "must be 200 characters or fewer") @Schema(example = "Performance Lead, Children's Services") @Nullable String indicatorContactName,
		@Nullable Long version) {
}
