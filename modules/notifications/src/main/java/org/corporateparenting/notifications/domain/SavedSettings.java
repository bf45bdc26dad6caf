package org.corporateparenting.notifications.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.corporateparenting.notifications.Recipient;
import org.corporateparenting.notifications.ReminderKind;
import org.corporateparenting.notifications.ReminderSettings;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The council's reminder settings as its admins saved them: one row, kept with its history. A council that never
 * saved any has {@link ReminderSettings#DEFAULTS}.
 */
@Entity
@Table(name = "reminder_settings")
@Audited
public class SavedSettings {

	/** The one row's id. */
	public static final int ID = 1;

	@Id
	private Integer id;

	@Version
	private long version;

	/** Kinds sent to nobody, by name, comma-separated. */
	private String switchedOff;

	private int dueSoonDays;

	private int dueSoonFinalDays;

	private int staleProgressWeeks;

	private int termsReviewNoticeDays;

	private int consultationClosingDays;

	private int youSaidWeDidWeeks;

	private int youSaidWeDidOverdueWeeks;

	private int updateDueWeeks;

	private int boardPackDaysBefore;

	private int indicatorFiguresDays;

	private @Nullable String boardPackContactEmail;

	private @Nullable String boardPackContactName;

	private @Nullable String indicatorContactEmail;

	private @Nullable String indicatorContactName;

	protected SavedSettings() {
	}

	public SavedSettings(ReminderSettings settings) {
		this.id = ID;
		save(settings);
	}

	public final void save(ReminderSettings settings) {
		switchedOff = settings.switchedOff()
			.stream()
			.sorted()
			.map(ReminderKind::name)
			.collect(Collectors.joining(","));
		dueSoonDays = settings.dueSoonDays();
		dueSoonFinalDays = settings.dueSoonFinalDays();
		staleProgressWeeks = settings.staleProgressWeeks();
		termsReviewNoticeDays = settings.termsReviewNoticeDays();
		consultationClosingDays = settings.consultationClosingDays();
		youSaidWeDidWeeks = settings.youSaidWeDidWeeks();
		youSaidWeDidOverdueWeeks = settings.youSaidWeDidOverdueWeeks();
		updateDueWeeks = settings.updateDueWeeks();
		boardPackDaysBefore = settings.boardPackDaysBefore();
		indicatorFiguresDays = settings.indicatorFiguresDays();
		boardPackContactEmail = settings.boardPackContact() == null ? null : settings.boardPackContact().email();
		boardPackContactName = settings.boardPackContact() == null ? null : settings.boardPackContact().name();
		indicatorContactEmail = settings.indicatorContact() == null ? null : settings.indicatorContact().email();
		indicatorContactName = settings.indicatorContact() == null ? null : settings.indicatorContact().name();
	}

	public ReminderSettings settings() {
		Set<ReminderKind> off = EnumSet.noneOf(ReminderKind.class);
		Arrays.stream(switchedOff.split(","))
			.filter(name -> !name.isBlank())
			.forEach(name -> Arrays.stream(ReminderKind.values())
				.filter(kind -> kind.name().equals(name))
				.forEach(off::add));
		return new ReminderSettings(off, dueSoonDays, dueSoonFinalDays, staleProgressWeeks, termsReviewNoticeDays,
				consultationClosingDays, youSaidWeDidWeeks, youSaidWeDidOverdueWeeks, updateDueWeeks,
				boardPackDaysBefore, indicatorFiguresDays, recipient(boardPackContactEmail, boardPackContactName),
				recipient(indicatorContactEmail, indicatorContactName));
	}

	public long getVersion() {
		return version;
	}

	private static @Nullable Recipient recipient(@Nullable String email, @Nullable String name) {
		return email == null ? null : new Recipient(email, name);
	}
}
