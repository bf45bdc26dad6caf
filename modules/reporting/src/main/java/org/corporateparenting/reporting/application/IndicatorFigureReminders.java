package org.corporateparenting.reporting.application;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.corporateparenting.notifications.DueDates;
import org.corporateparenting.notifications.Recipient;
import org.corporateparenting.notifications.Reminder;
import org.corporateparenting.notifications.ReminderKind;
import org.corporateparenting.notifications.ReminderSettings;
import org.corporateparenting.notifications.ReminderSource;
import org.corporateparenting.reporting.Period;
import org.corporateparenting.reporting.domain.LocalIndicator;
import org.corporateparenting.reporting.domain.Measurement;
import org.corporateparenting.reporting.domain.TrackedIndicator;
import org.corporateparenting.reporting.domain.TrackedIndicators;
import org.corporateparenting.tenancy.CouncilContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds whoever enters the indicators' figures (the council's {@link ReminderSettings#indicatorContact()}, if it
 * named one) of each indicator it follows that has no figure for its last period to have ended the council's days
 * ago (42). Only that period, so a council new to the platform hears once per indicator, not of every year it never
 * entered; the next period makes a new occasion. The catalogue does not say how often an indicator is measured, so
 * one is taken to be reported by the quarter when its latest figure is a quarter's, and by the year otherwise (as
 * the national statistics are). One query reads the followed indicators with their figures.
 */
@Component
class IndicatorFigureReminders implements ReminderSource {

	private final TrackedIndicators tracked;

	private final IndicatorCatalogue catalogue;

	IndicatorFigureReminders(TrackedIndicators tracked, IndicatorCatalogue catalogue) {
		this.tracked = tracked;
		this.catalogue = catalogue;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Reminder> reminders(LocalDate today, ReminderSettings settings) {
		Recipient to = settings.indicatorContact();
		if (to == null) {
			return List.of();
		}
		Map<String, Followed> followed = new HashMap<>();
		for (Object[] row : tracked.findAllWithMeasurements()) {
			TrackedIndicator entry = (TrackedIndicator) row[0];
			Followed indicator = followed.computeIfAbsent(entry.getCode(),
					code -> new Followed(entry, (LocalIndicator) row[1], new HashSet<>()));
			if (row[2] instanceof Measurement measurement) {
				indicator.entered().add(measurement.getPeriod());
			}
		}
		LocalDate endedBy = today.minusDays(settings.indicatorFiguresDays());
		String council = CouncilContext.require();
		return followed.values()
			.stream()
			.sorted(Comparator.comparingInt(indicator -> indicator.entry().getPosition()))
			.flatMap(indicator -> catalogue.resolve(indicator.entry().getCode(), indicator.local())
				.flatMap(known -> missing(known, indicator.entered(), endedBy, to, council))
				.stream())
			.toList();
	}

	private static Optional<Reminder> missing(Indicator indicator, Set<Period> entered, LocalDate endedBy,
			Recipient to, String council) {
		boolean quarterly = entered.stream().max(Comparator.naturalOrder()).map(Period::isQuarter).orElse(false);
		Period due = quarterly ? Period.lastQuarterEndedBy(endedBy) : Period.lastYearEndedBy(endedBy);
		if (entered.contains(due)) {
			return Optional.empty();
		}
		return Optional.of(new Reminder(ReminderKind.INDICATOR_FIGURES_MISSING, to,
				"indicator:" + indicator.code() + ":" + due, indicator.code() + " " + indicator.name(),
				"No figure for " + due + " has been entered; the period ended on " + DueDates.DAY.format(due.end()),
				"/councils/" + council + "/indicators/" + indicator.code(), due.end()));
	}

	/** A followed indicator, the council's own definition of it (none for a national one), and its periods entered. */
	private record Followed(TrackedIndicator entry, @Nullable LocalIndicator local, Set<Period> entered) {
	}
}
