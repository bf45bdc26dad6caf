package org.corporateparenting.notifications.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corporateparenting.notifications.ReminderKind;
import org.corporateparenting.notifications.application.ReminderSettingsRequest;
import org.corporateparenting.notifications.application.ReminderSettingsView;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.FormValues;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.SubmittedForm;
import org.jspecify.annotations.Nullable;

/**
 * The reminder settings page's form as posted: the kinds ticked to be sent (any not ticked are sent to nobody), each
 * figure as typed, and the two contacts.
 */
record ReminderSettingsForm(@Nullable List<String> sends, @Nullable String dueSoonDays,
		@Nullable String dueSoonFinalDays, @Nullable String staleProgressWeeks, @Nullable String termsReviewNoticeDays,
		@Nullable String consultationClosingDays, @Nullable String youSaidWeDidWeeks,
		@Nullable String youSaidWeDidOverdueWeeks, @Nullable String updateDueWeeks,
		@Nullable String boardPackDaysBefore, @Nullable String indicatorFiguresDays,
		@Nullable String boardPackContactEmail, @Nullable String boardPackContactName,
		@Nullable String indicatorContactEmail, @Nullable String indicatorContactName, @Nullable String version)
		implements SubmittedForm {

	private static final List<String> FIGURES = List.of("dueSoonDays", "dueSoonFinalDays", "staleProgressWeeks",
			"termsReviewNoticeDays", "consultationClosingDays", "youSaidWeDidWeeks", "youSaidWeDidOverdueWeeks",
			"updateDueWeeks", "boardPackDaysBefore", "indicatorFiguresDays");

	/** The figures that are not whole numbers, each beside its field (the request has them blank). */
	List<FieldProblem> typingProblems() {
		List<FieldProblem> problems = new ArrayList<>();
		figures(problems);
		return problems;
	}

	ReminderSettingsRequest toRequest() {
		Map<String, @Nullable Integer> figures = figures(new ArrayList<>());
		List<String> ticked = sends == null ? List.of() : sends;
		return new ReminderSettingsRequest(
				ReminderKind.councilMayStop().stream().filter(kind -> !ticked.contains(kind.name())).toList(),
				figures.get("dueSoonDays"), figures.get("dueSoonFinalDays"), figures.get("staleProgressWeeks"),
				figures.get("termsReviewNoticeDays"), figures.get("consultationClosingDays"),
				figures.get("youSaidWeDidWeeks"), figures.get("youSaidWeDidOverdueWeeks"), figures.get("updateDueWeeks"),
				figures.get("boardPackDaysBefore"), figures.get("indicatorFiguresDays"), boardPackContactEmail,
				boardPackContactName, indicatorContactEmail, indicatorContactName, FormValues.version(version));
	}

	/** The form as the saved settings fill it in. */
	static Map<String, Object> of(ReminderSettingsView view) {
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("sends", Arrays.stream(ReminderKind.values())
			.filter(kind -> !view.switchedOff().contains(kind))
			.map(ReminderKind::name)
			.toList());
		form.put("dueSoonDays", view.dueSoonDays());
		form.put("dueSoonFinalDays", view.dueSoonFinalDays());
		form.put("staleProgressWeeks", view.staleProgressWeeks());
		form.put("termsReviewNoticeDays", view.termsReviewNoticeDays());
		form.put("consultationClosingDays", view.consultationClosingDays());
		form.put("youSaidWeDidWeeks", view.youSaidWeDidWeeks());
		form.put("youSaidWeDidOverdueWeeks", view.youSaidWeDidOverdueWeeks());
		form.put("updateDueWeeks", view.updateDueWeeks());
		form.put("boardPackDaysBefore", view.boardPackDaysBefore());
		form.put("indicatorFiguresDays", view.indicatorFiguresDays());
		form.put("boardPackContactEmail", view.boardPackContactEmail());
		form.put("boardPackContactName", view.boardPackContactName());
		form.put("indicatorContactEmail", view.indicatorContactEmail());
		form.put("indicatorContactName", view.indicatorContactName());
		form.put("version", view.version());
		return form;
	}

	private Map<String, @Nullable Integer> figures(List<FieldProblem> problems) {
		Map<String, @Nullable Integer> figures = new LinkedHashMap<>();
		fields().forEach((name, value) -> {
			if (FIGURES.contains(name)) {
				try {
					figures.put(name, FormValues.integer(name, (String) value));
				}
				catch (InvalidInputException ex) {
					figures.put(name, null);
					problems.addAll(ex.problems());
				}
			}
		});
		return figures;
	}
}
