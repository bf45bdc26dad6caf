package org.corporateparenting.strategy.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.corporateparenting.strategy.ActionStatus;
import org.corporateparenting.strategy.domain.Action;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.Spreadsheets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Progress updates brought in from a CSV or spreadsheet, matched to the plan's actions by reference. A preview
 * lists every row's problems; applying records all the rows' updates in one transaction, or none of them.
 * Rows without a progress narrative are left alone, so a whole downloaded plan can be sent back. Each problem's
 * message names the file's own column heading ("Progress date must be ..."), which is what people see in their file.
 */
@Service
public class ProgressImport {

	public static final String REFERENCE = "Reference";

	public static final String DATE = "Progress date";

	public static final String NARRATIVE = "Progress narrative";

	public static final String EVIDENCE = "Evidence";

	public static final String STATUS = "Status";

	public static final String PERCENT = "Percent complete";

	public static final String DROP_REASON = "Drop reason";

	/** The columns a progress file is read by: a downloaded plan's, of which the reference and narrative are needed. */
	public static final Spreadsheets.Columns COLUMNS = Spreadsheets.Columns.exactly(List.of(REFERENCE, NARRATIVE),
			PlanTable.HEADERS);

	private final ActionTracking tracking;

	ProgressImport(ActionTracking tracking) {
		this.tracking = tracking;
	}

	/** Checks every row against the plan's actions, recording nothing. */
	@Transactional(readOnly = true)
	public Preview preview(long planId, List<Row> rows) {
		checkColumns(rows);
		Map<String, Action> actions = actionsByReference(planId);
		List<Checked> checked = new ArrayList<>();
		for (Row row : rows) {
			if (!row.value(NARRATIVE).isBlank()) {
				checked.add(check(row, actions));
			}
		}
		return new Preview(checked, checked.stream().mapToLong(c -> c.problems().size()).sum());
	}

	/**
	 * Records every row's update, in one transaction.
	 *
	 * @throws InvalidInputException listing every row's problems, when any row has one; nothing is recorded
	 */
	@Transactional
	public int apply(long planId, List<Row> rows, String author) {
		Preview preview = preview(planId, rows);
		if (preview.problemCount() > 0) {
			throw new InvalidInputException(preview.rows()
				.stream()
				.flatMap(row -> row.problems()
					.stream()
					.map(problem -> new FieldProblem("rows[" + row.rowNumber() + "]." + problem.field(),
							problem.message())))
				.toList());
		}
		for (Checked row : preview.rows()) {
			tracking.record(row.actionId(), row.request(), author);
		}
		return preview.rows().size();
	}

	/** A file of another kind (an upload of figures, a plan with its columns renamed) is refused, not read as empty. */
	private static void checkColumns(List<Row> rows) {
		if (rows.isEmpty()) {
			throw InvalidInputException.of("file", "The file has no rows under its headings");
		}
		List<FieldProblem> problems = COLUMNS.problems(rows.getFirst().values().keySet());
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private Map<String, Action> actionsByReference(long planId) {
		Map<String, Action> byReference = new java.util.HashMap<>();
		tracking.actions(planId).forEach(action -> byReference.put(action.getReference(), action));
		return byReference;
	}

	private Checked check(Row row, Map<String, Action> actions) {
		List<FieldProblem> problems = new ArrayList<>();
		String reference = row.value(REFERENCE);
		Action action = actions.get(reference);
		if (action == null) {
			problems.add(new FieldProblem("reference", reference.isBlank() ? "Enter the action's " + REFERENCE
					: "No action in this plan has the " + REFERENCE + " " + reference));
		}
		else if (action.getStatus() == ActionStatus.CARRIED_FORWARD) {
			problems.add(new FieldProblem("reference", reference + " was carried forward; update it in the next year's plan"));
		}
		else if (action.getPlan().isRolledOver()) {
			problems.add(new FieldProblem("reference", "The " + action.getPlan().getYear()
					+ " plan was rolled over and takes no more progress"));
		}
		LocalDate date = null;
		if (!row.value(DATE).isBlank()) {
			try {
				date = LocalDate.parse(row.value(DATE));
				if (date.isAfter(tracking.today())) {
					problems.add(new FieldProblem("date", DATE + " must be today or in the past"));
				}
			}
			catch (DateTimeParseException ex) {
				problems.add(new FieldProblem("date", DATE + " must be a date such as 2024-03-31"));
			}
		}
		ActionStatus status = status(row.value(STATUS)).orElse(null);
		if (status == null) {
			problems.add(new FieldProblem("status", STATUS + " must be one of Not started, On track, At risk, Off track,"
					+ " Complete or Dropped"));
		}
		else if (status == ActionStatus.CARRIED_FORWARD) {
			problems.add(new FieldProblem("status", "Actions are carried forward by rolling their plan over"));
		}
		else if (status == ActionStatus.DROPPED && row.value(DROP_REASON).isBlank()) {
			problems.add(new FieldProblem("dropReason", "Give the reason the action was dropped in the " + DROP_REASON
					+ " column"));
		}
		Integer percent = percent(row.value(PERCENT));
		if (percent == null) {
			problems.add(new FieldProblem("percentComplete", PERCENT + " must be a whole number from 0 to 100"));
		}
		if (row.value(NARRATIVE).length() > 10000) {
			problems.add(new FieldProblem("narrative", NARRATIVE + " must be 10,000 characters or fewer"));
		}
		List<String> evidence = Arrays.stream(row.value(EVIDENCE).split("[\\n;]"))
			.map(String::strip)
			.filter(link -> !link.isBlank())
			.toList();
		ProgressRequest request = new ProgressRequest(date, row.value(NARRATIVE), evidence, status, percent,
				row.value(DROP_REASON).isBlank() ? null : row.value(DROP_REASON));
		return new Checked(row.number(), reference, action == null ? null : action.getId(),
				action == null ? null : action.getTitle(), request, problems);
	}

	private static Optional<ActionStatus> status(String text) {
		String constant = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
		return Arrays.stream(ActionStatus.values()).filter(status -> status.name().equals(constant)).findFirst();
	}

	private static Integer percent(String text) {
		try {
			int value = Integer.parseInt(text.strip().replace("%", ""));
			return value >= 0 && value <= 100 ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** One row of the uploaded file, by column heading; {@code number} is the row's number in the file. */
	public record Row(int number, Map<String, String> values) {

		public String value(String heading) {
			String value = values.get(heading);
			return value == null ? "" : value.strip();
		}
	}

	@Schema(name = "CheckedProgressRow", description = "One row of a progress file as checked, with its problems")
	public record Checked(int rowNumber, String reference, Long actionId, String actionTitle, ProgressRequest request,
			List<FieldProblem> problems) {
	}

	@Schema(name = "ProgressImportPreview", description = "A progress file as checked: every row and its problems; nothing recorded")
	public record Preview(List<Checked> rows, long problemCount) {
	}
}
