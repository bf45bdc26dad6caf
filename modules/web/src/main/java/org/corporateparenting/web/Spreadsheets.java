package org.corporateparenting.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import java.util.stream.Stream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Tables people can open: CSV (UTF-8 with a byte order mark, so spreadsheet programs read it as UTF-8) and XLSX,
 * written from headings and rows, and read back into rows by heading. Every module's exports and imports use it. An
 * XLSX file's typed cells (dates, numbers, percentages) read back as the text the same table has in CSV.
 */
public final class Spreadsheets {

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.TRIM_SPACES).build();

	private Spreadsheets() {
	}

	/** The most a file may hold: larger ones are refused before they are read. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	/** The most an XLSX file may unpack to, and how many times its own size. */
	static final long MAX_UNPACKED_BYTES = 50L * 1024 * 1024;

	static final int MAX_UNPACK_RATIO = 200;

	public static final int MAX_ROWS = 10_000;

	public static final int MAX_COLUMNS = 200;

	/** What a spreadsheet program would take as the start of a formula, when a cell is opened or edited. */
	private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\t\r].*", Pattern.DOTALL);

	private static final Pattern NUMBER = Pattern.compile("^[+-]?\\d+(\\.\\d+)?%?$");

	/**
	 * A CSV file with a byte order mark (so Excel reads it as UTF-8). A cell that a spreadsheet would take as a
	 * formula ({@code =HYPERLINK(...)} in a note) is written with a leading apostrophe, which keeps it text; reading the
	 * file back takes the apostrophe off again.
	 */
	public static byte[] csv(List<String> headings, List<List<String>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(UTF8_BOM);
		List<List<String>> all = Stream.concat(Stream.of(headings), rows.stream())
			.map(row -> row.stream().map(Spreadsheets::inert).toList())
			.toList();
		out.writeBytes(CSV.writer(CsvSchema.emptySchema()).writeValueAsBytes(all));
		return out.toByteArray();
	}

	/** Text that no spreadsheet program will run as a formula. */
	static String inert(String cell) {
		if (cell == null || !FORMULA_START.matcher(cell).matches() || NUMBER.matcher(cell).matches()) {
			return cell;
		}
		return "'" + cell;
	}

	/** An XLSX workbook of text columns only: see {@link #xlsx(List, String, List)}. */
	public static byte[] xlsx(String sheetName, List<String> headings, List<List<String>> rows) {
		return xlsx(headings.stream().map(Column::text).toList(), sheetName, rows);
	}

	/**
	 * An XLSX workbook people can sort, filter and sum: a bold heading row, frozen, with a filter on every column;
	 * columns as wide as what they hold (within reason); each cell typed as its column says (a date as a date, a
	 * number or percentage as a number with its format, shown to as many decimal places as the text gave), and a
	 * cell its column's kind cannot read ("c" for a suppressed figure, "No date") kept as the text given. Text is
	 * written as a text value, which Excel shows and never evaluates: a cell starting {@code =} stays text.
	 */
	public static byte[] xlsx(List<Column> columns, String sheetName, List<List<String>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "Corporate Parenting Platform", "1.0")) {
			Worksheet sheet = workbook.newWorksheet(sheetName);
			for (int column = 0; column < columns.size(); column++) {
				sheet.value(0, column, columns.get(column).heading());
				sheet.style(0, column).bold().set();
				sheet.width(column, width(columns.get(column).heading(), column, rows));
			}
			for (int row = 0; row < rows.size(); row++) {
				List<String> values = rows.get(row);
				for (int column = 0; column < values.size(); column++) {
					Kind kind = column < columns.size() ? columns.get(column).kind() : Kind.TEXT;
					TypedCells.write(sheet, row + 1, column, kind, values.get(column));
				}
			}
			sheet.freezePane(0, 1);
			if (!columns.isEmpty()) {
				sheet.setAutoFilter(0, 0, rows.size(), columns.size() - 1);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** Wide enough for the heading and the longest cell (in characters, with a margin for the filter button). */
	private static double width(String heading, int column, List<List<String>> rows) {
		int longest = heading.length() + 3;
		for (List<String> row : rows) {
			if (column < row.size() && row.get(column) != null) {
				longest = Math.max(longest, row.get(column).length() + 1);
			}
		}
		return Math.min(Math.max(longest, 8), 60);
	}

	/** How an XLSX column's cells are written; CSV has text only and writes every cell as given. */
	public enum Kind {
		/** Written as given. */
		TEXT,
		/** A number such as {@code 1250} or {@code 45.2}. */
		NUMBER,
		/** A percentage given as {@code 45} or {@code 45%}: written as 0.45, shown as 45%. */
		PERCENT,
		/** A date given as {@code 2024-03-31}: written as a date, shown as 31 Mar 2024. */
		DATE,
		/** A figure as the platform shows it: {@code 45%} as a percentage, {@code 12.5} as a number, else text. */
		FIGURE
	}

	/** A column of a table: its heading and the kind of values it holds. */
	public record Column(String heading, Kind kind) {

		public static Column text(String heading) {
			return new Column(heading, Kind.TEXT);
		}

		/** The headings as columns, each of the kind given for it, text where none is given. */
		public static List<Column> of(List<String> headings, Map<String, Kind> kinds) {
			return headings.stream().map(heading -> new Column(heading, kinds.getOrDefault(heading, Kind.TEXT))).toList();
		}
	}

	/**
	 * Reads a CSV or XLSX file (told apart by its name) into rows keyed by the first row's headings.
	 *
	 * @throws InvalidInputException when the file cannot be read as either
	 */
	public static List<Row> read(String fileName, InputStream content) {
		return read(fileName, content, null);
	}

	/**
	 * Reads an upload of a CSV or XLSX file (told apart by its name) into rows keyed by the first row's headings,
	 * checking its headings against the columns the upload reads before any row.
	 *
	 * @param columns the columns the upload reads, or null to read whatever headings the file has
	 * @throws InvalidInputException when the file is empty, cannot be read as either, has columns missing or unknown
	 *         (naming them), or has its headings and no rows
	 */
	public static List<Row> read(String fileName, InputStream content, @Nullable Columns columns) {
		try {
			String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
			if (!name.endsWith(".xlsx") && !name.endsWith(".csv")) {
				throw InvalidInputException.of("file", "Choose a CSV or XLSX file");
			}
			byte[] bytes = content.readNBytes(MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				throw InvalidInputException.of("file", "The file is larger than " + MAX_BYTES / (1024 * 1024)
						+ " MB: split it into smaller files");
			}
			List<List<String>> lines = name.endsWith(".xlsx") ? readXlsx(bytes) : readCsv(bytes);
			if (lines.isEmpty()) {
				throw InvalidInputException.of("file", "The file is empty: it needs a row of headings");
			}
			List<String> headings = lines.getFirst().stream().map(heading -> heading == null ? "" : heading.strip())
				.toList();
			if (columns != null && !columns.problems(headings).isEmpty()) {
				throw new InvalidInputException(columns.problems(headings));
			}
			List<Row> rows = byHeading(headings, lines);
			checkCells(rows);
			if (columns != null && rows.isEmpty()) {
				throw InvalidInputException.of("file", "The file has no rows under its headings");
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw InvalidInputException.of("file", fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")
					? "The file is not an XLSX spreadsheet that can be read: save it again from your spreadsheet program,"
							+ " as .xlsx or .csv"
					: "The file is not CSV that can be read (" + ex.getMessage() + "): save it again as CSV, UTF-8");
		}
	}

	private static List<List<String>> readCsv(byte[] content) throws IOException {
		String text = new String(content, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		ObjectReader reader = CSV.readerForListOf(String.class).with(CsvReadFeature.WRAP_AS_ARRAY);
		List<List<String>> lines = new ArrayList<>();
		try (MappingIterator<List<String>> iterator = reader.readValues(text)) {
			while (iterator.hasNext()) {
				lines.add(bounded(iterator.next(), lines.size()).stream().map(Spreadsheets::uninert).toList());
			}
		}
		return lines;
	}

	/** The cell as written before {@link #inert(String)} kept it from being a formula. */
	private static String uninert(String cell) {
		return cell != null && cell.length() > 1 && cell.charAt(0) == '\''
				&& FORMULA_START.matcher(cell.substring(1)).matches() ? cell.substring(1) : cell;
	}

	private static List<List<String>> readXlsx(byte[] content) throws IOException {
		checkUnpackedSize(content);
		List<List<String>> lines = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content),
				new ReadingOptions(true, false))) {
			Sheet sheet = workbook.getFirstSheet();
			try (var rows = sheet.openStream()) {
				var iterator = rows.iterator();
				while (iterator.hasNext()) {
					var row = iterator.next();
					List<String> values = new ArrayList<>();
					for (int column = 0; column < row.getCellCount(); column++) {
						values.add(TypedCells.read(row, column));
					}
					lines.add(bounded(values, lines.size()));
				}
			}
		}
		return lines;
	}

	/**
	 * An XLSX file is a zip: before it is parsed, its parts are unpacked and counted (never kept), and a file that
	 * unpacks to more than 50 MB, or to more than 200 times its own size, is refused (a 500 KB file can unpack to
	 * gigabytes and fill the memory of the instance reading it).
	 */
	private static void checkUnpackedSize(byte[] content) throws IOException {
		long unpacked = 0;
		long limit = Math.min(MAX_UNPACKED_BYTES, (long) content.length * MAX_UNPACK_RATIO);
		byte[] buffer = new byte[8192];
		// Read from the central directory, as Excel does: a zip streamed entry by entry may carry sizes only there.
		Path file = Files.createTempFile("cpp-upload-", ".xlsx");
		try {
			Files.write(file, content);
			try (ZipFile zip = new ZipFile(file.toFile())) {
				for (var entries = zip.entries(); entries.hasMoreElements();) {
					try (InputStream entry = zip.getInputStream(entries.nextElement())) {
						for (int read = entry.read(buffer); read > 0; read = entry.read(buffer)) {
							unpacked += read;
							if (unpacked > limit) {
								throw InvalidInputException.of("file", "The spreadsheet unpacks to far more than a"
										+ " table of " + MAX_ROWS + " rows needs, so it was not read: save it again from"
										+ " your spreadsheet program, or send it as CSV");
							}
						}
					}
				}
			}
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private static List<String> bounded(List<String> values, int rowsSoFar) {
		if (rowsSoFar > MAX_ROWS) {
			throw InvalidInputException.of("file", "The file has more than " + MAX_ROWS + " rows: split it into smaller"
					+ " files");
		}
		if (values.size() > MAX_COLUMNS) {
			throw InvalidInputException.of("file", "Row " + (rowsSoFar + 1) + " has more than " + MAX_COLUMNS
					+ " columns: the file is not a table of this kind");
		}
		return values;
	}

	/** Every cell that holds what the database cannot, named by its row and the file's own column heading. */
	private static void checkCells(List<Row> rows) {
		List<FieldProblem> problems = new ArrayList<>();
		for (Row row : rows) {
			row.values().forEach((heading, value) -> {
				if (StorableText.hasControlCharacter(value) && problems.size() < 20) {
					problems.add(new FieldProblem("file", "Row " + row.number() + ", column " + heading + ": "
							+ StorableText.controlCharacterMessage()));
				}
			});
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static List<Row> byHeading(List<String> headings, List<List<String>> lines) {
		List<Row> rows = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			List<String> values = lines.get(i);
			Map<String, String> byHeading = new LinkedHashMap<>();
			for (int column = 0; column < headings.size(); column++) {
				byHeading.put(headings.get(column), column < values.size() && values.get(column) != null
						? values.get(column) : "");
			}
			if (byHeading.values().stream().anyMatch(value -> !value.isBlank())) {
				rows.add(new Row(i + 1, byHeading));
			}
		}
		return rows;
	}

	/**
	 * The columns an upload reads, checked against a file's headings before any row is read, so that a file of another
	 * kind is refused naming what is wrong rather than read as empty.
	 *
	 * @param required the headings a file must have
	 * @param accepted every heading a file may have; empty when it may have any others, which are not read (a table
	 *        another system exports whole); those are named only when one that is required is missing
	 */
	public record Columns(List<String> required, List<String> accepted) {

		/** No heading missing, and none other than accepted. */
		public static Columns exactly(List<String> required, List<String> accepted) {
			return new Columns(List.copyOf(required), List.copyOf(accepted));
		}

		/** No heading missing; any others are not read. */
		public static Columns atLeast(List<String> required) {
			return new Columns(List.copyOf(required), List.of());
		}

		/** One problem naming every heading missing and every one not read, or none. */
		public List<FieldProblem> problems(Collection<String> headings) {
			List<String> missing = required.stream().filter(heading -> !headings.contains(heading)).toList();
			List<String> unknown = headings.stream()
				.filter(heading -> !heading.isBlank() && !required.contains(heading) && !accepted.contains(heading))
				.map(Spreadsheets::shown)
				.toList();
			if (missing.isEmpty() && (accepted.isEmpty() || unknown.isEmpty())) {
				return List.of();
			}
			List<String> wrong = new ArrayList<>();
			if (!missing.isEmpty()) {
				wrong.add("has no column " + String.join(", ", missing));
			}
			if (!unknown.isEmpty()) {
				wrong.add((unknown.size() == 1 ? "has a column" : "has columns") + " this upload does not read: "
						+ String.join(", ", unknown.size() > 10 ? unknown.subList(0, 10) : unknown)
						+ (unknown.size() > 10 ? " and " + (unknown.size() - 10) + " more" : ""));
			}
			return List.of(new FieldProblem("file", "The file " + String.join(", and ", wrong) + ". Its first row must"
					+ " hold the headings " + String.join(", ", accepted.isEmpty() ? required : accepted)));
		}
	}

	/** A heading as a message can show it: without control characters, and not too long. */
	private static String shown(String heading) {
		String printable = heading.replaceAll("\\p{Cntrl}", "?");
		return printable.length() > 40 ? printable.substring(0, 40) + "..." : printable;
	}

	/** A row of a table read back, by heading; {@code number} counts from 1 for the headings row. */
	public record Row(int number, Map<String, String> values) {
	}
}
