package org.corporateparenting.reporting.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.Spreadsheets;
import org.jspecify.annotations.Nullable;

/**
 * The tables of a council's SSDA903 return that the platform reads, as DfE's specification names their columns,
 * checked row by row: every problem with its table, row and column. Child-level rows live only in this object, in
 * memory, while the figures are worked out; they are never stored or logged.
 *
 * @param header the Header table: each child's date of birth
 * @param episodes the Episodes table: periods of care, each with its reason for a new episode and reason for ending
 * @param oc2 children looked after for 12 months or more on 31 March: health assessment, immunisations, teeth, SDQ
 * @param oc3 care leavers aged 17 to 21: activity and accommodation
 * @param missing episodes of going missing or away from placement
 */
public record Ssda903Extract(List<Child> header, List<Episode> episodes, List<Oc2> oc2, List<Oc3> oc3,
		List<Missing> missing) {

	public static final String HEADER = "header";

	public static final String EPISODES = "episodes";

	public static final String OC2 = "oc2";

	public static final String OC3 = "oc3";

	public static final String MISSING = "missing";

	/** The tables read, in the order an officer gives them; the first two are needed for any figure. */
	public static final List<String> TABLES = List.of(HEADER, EPISODES, OC2, OC3, MISSING);

	/**
	 * The columns of each table that the figures are worked out from. The return's tables have more, which are not
	 * read. A table with nothing in it (no missing episodes) is left out, not sent as its headings alone.
	 */
	public static final Map<String, Spreadsheets.Columns> COLUMNS = Map.of(
			HEADER, Spreadsheets.Columns.atLeast(List.of("CHILD", "DOB")),
			EPISODES, Spreadsheets.Columns.atLeast(List.of("CHILD", "DECOM", "RNE", "DEC", "REC")),
			OC2, Spreadsheets.Columns.atLeast(List.of("CHILD", "DOB", "SDQ_SCORE", "IMMUNISATIONS", "TEETH_CHECK",
					"HEALTH_CHECK")),
			OC3, Spreadsheets.Columns.atLeast(List.of("CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM")),
			MISSING, Spreadsheets.Columns.atLeast(List.of("CHILD", "MISSING", "MIS_START")));

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Set<String> NEW_EPISODE = Set.of("S", "P", "L", "T", "U", "B");

	private static final Pattern REASON_CEASED = Pattern.compile("E(1[1-7]|2|3|4[1-8]|4A|4B|5|6|7|8|9)|X1");

	private static final Set<String> ACTIVITY = Set.of("F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5",
			"G6", "0");

	private static final Pattern ACCOMMODATION = Pattern.compile("[B-EGHKR-Z][12]|0");

	/**
	 * Reads what was given of each table ({@link #TABLES}, by name); every problem goes to {@code problems}.
	 */
	public static Ssda903Extract read(Map<String, List<Spreadsheets.Row>> tables, List<FieldProblem> problems) {
		Reader reader = new Reader(problems);
		for (String required : List.of(HEADER, EPISODES)) {
			if (!tables.containsKey(required)) {
				problems.add(new FieldProblem(required, "Give the " + label(required) + " table"));
			}
		}
		List<Child> header = new ArrayList<>();
		reader.rows(tables, HEADER, row -> header.add(new Child(reader.child(row),
				reader.date(row, "DOB", true))));
		List<Episode> episodes = new ArrayList<>();
		reader.rows(tables, EPISODES, row -> {
			LocalDate start = reader.date(row, "DECOM", true);
			LocalDate end = reader.date(row, "DEC", false);
			String reason = reader.code(row, "RNE", true, NEW_EPISODE::contains, "S, P, L, T, U or B");
			String ceased = reader.code(row, "REC", false, code -> REASON_CEASED.matcher(code).matches(),
					"a reason episode ceased such as E17 or X1");
			if (end == null && ceased != null || end != null && ceased == null) {
				reader.problem(row, end == null ? "DEC" : "REC",
						"DEC and REC go together: an episode that ended has both, an open one neither");
			}
			if (start != null && end != null && end.isBefore(start)) {
				reader.problem(row, "DEC", "the episode ends before it starts (DECOM)");
			}
			episodes.add(new Episode(reader.child(row), start, reason, end, ceased));
		});
		List<Oc2> oc2 = new ArrayList<>();
		reader.rows(tables, OC2, row -> {
					Integer sdq = reader.number(row, "SDQ_SCORE", 0, 40);
					oc2.add(new Oc2(reader.child(row), reader.date(row, "DOB", true), reader.flag(row, "HEALTH_CHECK"),
							reader.flag(row, "IMMUNISATIONS"), reader.flag(row, "TEETH_CHECK"), sdq));
				});
		List<Oc3> oc3 = new ArrayList<>();
		reader.rows(tables, OC3, row -> oc3.add(new Oc3(
				reader.child(row), reader.date(row, "DOB", true),
				reader.code(row, "ACTIV", false, ACTIVITY::contains, "an activity code such as F1, P2 or G5"),
				reader.code(row, "ACCOM", false, code -> ACCOMMODATION.matcher(code).matches(),
						"an accommodation code such as B1 or C2"))));
		List<Missing> missing = new ArrayList<>();
		reader.rows(tables, MISSING, row -> missing.add(new Missing(
				reader.child(row), reader.code(row, "MISSING", true, Set.of("M", "A")::contains, "M or A"),
				reader.date(row, "MIS_START", true))));
		return new Ssda903Extract(header, episodes, oc2, oc3, missing);
	}

	public static String label(String table) {
		return switch (table) {
			case HEADER -> "Header";
			case EPISODES -> "Episodes";
			case OC2 -> "OC2";
			case OC3 -> "OC3";
			default -> "Missing";
		};
	}

	/** Reads cells, noting each problem as {@code <table>[row].<COLUMN>}. */
	private static final class Reader {

		private final List<FieldProblem> problems;

		private String table = "";

		Reader(List<FieldProblem> problems) {
			this.problems = problems;
		}

		void rows(Map<String, List<Spreadsheets.Row>> tables, String name,
				java.util.function.Consumer<Spreadsheets.Row> each) {
			List<Spreadsheets.Row> rows = tables.get(name);
			if (rows == null) {
				return;
			}
			table = name;
			if (!rows.isEmpty()) {
				List<FieldProblem> columns = COLUMNS.get(name).problems(rows.getFirst().values().keySet());
				if (!columns.isEmpty()) {
					columns.forEach(problem -> problems.add(new FieldProblem(name, label(name) + " table: "
							+ problem.message())));
					return;
				}
			}
			rows.forEach(each);
		}

		void problem(Spreadsheets.Row row, String column, String message) {
			problems.add(new FieldProblem(table + "[" + row.number() + "]." + column,
					label(table) + ", row " + row.number() + ", " + column + ": " + message));
		}

		@Nullable String text(Spreadsheets.Row row, String column) {
			String value = row.values().get(column);
			return value == null || value.isBlank() ? null : value.strip();
		}

		String child(Spreadsheets.Row row) {
			String child = text(row, "CHILD");
			if (child == null) {
				problem(row, "CHILD", "give the child's identifier");
				return "";
			}
			return child;
		}

		@Nullable LocalDate date(Spreadsheets.Row row, String column, boolean required) {
			String text = text(row, column);
			if (text == null) {
				if (required) {
					problem(row, column, "give the date, as dd/mm/yyyy");
				}
				return null;
			}
			try {
				return LocalDate.parse(text, DATE);
			}
			catch (DateTimeParseException ex) {
				problem(row, column, "'" + text + "' is not a date written dd/mm/yyyy");
				return null;
			}
		}

		@Nullable String code(Spreadsheets.Row row, String column, boolean required,
				java.util.function.Predicate<String> valid, String expected) {
			String text = text(row, column);
			if (text == null) {
				if (required) {
					problem(row, column, "give " + expected);
				}
				return null;
			}
			String code = text.toUpperCase(java.util.Locale.ROOT);
			if (!valid.test(code)) {
				problem(row, column, "'" + text + "' is not " + expected);
				return null;
			}
			return code;
		}

		boolean flag(Spreadsheets.Row row, String column) {
			String text = text(row, column);
			if (text != null && !text.equals("0") && !text.equals("1")) {
				problem(row, column, "'" + text + "' is not 1 (yes) or 0 (no)");
			}
			return "1".equals(text);
		}

		@Nullable Integer number(Spreadsheets.Row row, String column, int least, int most) {
			String text = text(row, column);
			if (text == null) {
				return null;
			}
			try {
				int number = Integer.parseInt(text);
				if (number >= least && number <= most) {
					return number;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			problem(row, column, "'" + text + "' is not a whole number from " + least + " to " + most);
			return null;
		}
	}

	public record Child(String child, @Nullable LocalDate birth) {
	}

	/** @param reason the reason for the new episode (RNE); @param ceased the reason it ceased (REC), null while open */
	public record Episode(String child, @Nullable LocalDate start, @Nullable String reason, @Nullable LocalDate end,
			@Nullable String ceased) {
	}

	public record Oc2(String child, @Nullable LocalDate birth, boolean healthAssessment, boolean immunisations,
			boolean teeth, @Nullable Integer sdq) {
	}

	public record Oc3(String child, @Nullable LocalDate birth, @Nullable String activity,
			@Nullable String accommodation) {
	}

	public record Missing(String child, @Nullable String kind, @Nullable LocalDate start) {
	}
}
