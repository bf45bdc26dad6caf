package org.corporateparenting.notifications.application;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.corporateparenting.notifications.Recipient;
import org.corporateparenting.notifications.ReminderKind;
import org.corporateparenting.notifications.ReminderSettings;
import org.corporateparenting.notifications.domain.SavedSettings;
import org.corporateparenting.notifications.domain.SavedSettingsStore;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.Versions;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

/**
 * The current council's reminder settings: what its reminders use (the defaults until an admin saves others), and
 * saving them, every problem at once and nothing half-saved, a stale version refused.
 */
@Service
public class ReminderSettingsManagement {

	private final SavedSettingsStore saved;

	private final Validator validator;

	private final RecordHistory history;

	ReminderSettingsManagement(SavedSettingsStore saved, Validator validator, RecordHistory history) {
		this.saved = saved;
		this.validator = validator;
		this.history = history;
	}

	/** What the council's reminders use now. */
	@Transactional(readOnly = true)
	public ReminderSettings current() {
		return saved().orElse(ReminderSettings.DEFAULTS);
	}

	/** The settings the council's admins saved, if they ever did (none: it has the defaults). */
	@Transactional(readOnly = true)
	public Optional<ReminderSettings> saved() {
		return saved.findById(SavedSettings.ID).map(SavedSettings::settings);
	}

	@Transactional(readOnly = true)
	public ReminderSettingsView view() {
		return view(saved.findById(SavedSettings.ID));
	}

	/** Every saved change to the settings, newest first. */
	@Transactional(readOnly = true)
	public List<RecordHistory.Change> history() {
		return history.of(SavedSettings.class, SavedSettings.ID);
	}

	@Transactional
	public ReminderSettingsView change(ReminderSettingsRequest request) {
		return change(request, List.of());
	}

	/**
	 * @param earlier problems found before the request was made (a figure on a page that was not a number): reported
	 *     with the request's own, in place of what the request says of the same fields
	 */
	@Transactional
	public ReminderSettingsView change(ReminderSettingsRequest request, List<FieldProblem> earlier) {
		List<FieldProblem> problems = new ArrayList<>(earlier);
		problems(request).stream()
			.filter(problem -> earlier.stream().noneMatch(known -> known.field().equals(problem.field())))
			.forEach(problems::add);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Optional<SavedSettings> found = saved.findById(SavedSettings.ID);
		Versions.require(request.version(), view(found).version());
		ReminderSettings settings = settings(request);
		SavedSettings row = found.map(existing -> {
			existing.save(settings);
			return existing;
		}).orElseGet(() -> new SavedSettings(settings));
		return view(Optional.of(saved.saveAndFlush(row)));
	}

	/** Everything wrong with the settings a request gives (its version aside), found without saving anything. */
	public List<FieldProblem> problems(ReminderSettingsRequest request) {
		List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(request)));
		List<ReminderKind> switchedOff = request.switchedOff() == null ? List.of() : request.switchedOff();
		for (int i = 0; i < switchedOff.size(); i++) {
			if (switchedOff.get(i) != null && !ReminderKind.councilMayStop().contains(switchedOff.get(i))) {
				problems.add(new FieldProblem("switchedOff[" + i + "]", switchedOff.get(i).label()
						+ " always reach the safeguarding lead: no council may switch them off"));
			}
		}
		// Figures are compared with each other only when each is right on its own: one wrong figure, one problem.
		Set<String> wrong = problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
		crossChecks(request).forEach((fields, problem) -> {
			if (fields.stream().noneMatch(wrong::contains)) {
				problems.add(problem);
			}
		});
		return problems;
	}

	/** Saved settings read as version 1 and up, so that the defaults' version 0 goes stale once someone saves. */
	private static ReminderSettingsView view(Optional<SavedSettings> found) {
		return found.map(row -> ReminderSettingsView.of(row.settings(), false, row.getVersion() + 1))
			.orElseGet(() -> ReminderSettingsView.of(ReminderSettings.DEFAULTS, true, 0));
	}

	/** What the settings say of each other, each problem by the fields it compares. */
	private static Map<List<String>, FieldProblem> crossChecks(ReminderSettingsRequest request) {
		Map<List<String>, FieldProblem> problems = new LinkedHashMap<>();
		if (request.dueSoonDays() != null && request.dueSoonFinalDays() != null
				&& request.dueSoonFinalDays() >= request.dueSoonDays()) {
			problems.put(List.of("dueSoonDays", "dueSoonFinalDays"), new FieldProblem("dueSoonFinalDays",
					"The second reminder must come closer to the due date than the first: fewer than "
							+ request.dueSoonDays() + " days"));
		}
		if (request.youSaidWeDidWeeks() != null && request.youSaidWeDidOverdueWeeks() != null
				&& request.youSaidWeDidOverdueWeeks() <= request.youSaidWeDidWeeks()) {
			problems.put(List.of("youSaidWeDidWeeks", "youSaidWeDidOverdueWeeks"),
					new FieldProblem("youSaidWeDidOverdueWeeks",
							"\"You said, we did\" can only be overdue after it is owed: more than "
									+ request.youSaidWeDidWeeks() + " weeks"));
		}
		if (blank(request.boardPackContactEmail()) && !blank(request.boardPackContactName())) {
			problems.put(List.of("boardPackContactEmail"), new FieldProblem("boardPackContactEmail",
					"Enter the email address of who prepares board packs, or leave their name blank"));
		}
		if (blank(request.indicatorContactEmail()) && !blank(request.indicatorContactName())) {
			problems.put(List.of("indicatorContactEmail"), new FieldProblem("indicatorContactEmail",
					"Enter the email address of who enters the figures, or leave their name blank"));
		}
		return problems;
	}

	private static ReminderSettings settings(ReminderSettingsRequest request) {
		EnumSet<ReminderKind> off = EnumSet.noneOf(ReminderKind.class);
		if (request.switchedOff() != null) {
			request.switchedOff().stream().filter(kind -> kind != null).forEach(off::add);
		}
		return new ReminderSettings(off, request.dueSoonDays(), request.dueSoonFinalDays(),
				request.staleProgressWeeks(), request.termsReviewNoticeDays(), request.consultationClosingDays(),
				request.youSaidWeDidWeeks(), request.youSaidWeDidOverdueWeeks(), request.updateDueWeeks(),
				request.boardPackDaysBefore(), request.indicatorFiguresDays(),
				recipient(request.boardPackContactEmail(), request.boardPackContactName()),
				recipient(request.indicatorContactEmail(), request.indicatorContactName()));
	}

	private static @Nullable Recipient recipient(@Nullable String email, @Nullable String name) {
		return blank(email) ? null : new Recipient(email, name);
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
