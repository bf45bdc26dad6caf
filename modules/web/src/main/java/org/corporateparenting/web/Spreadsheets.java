package org.corporateparenting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Tables people can open: CSV (UTF-8 with a byte order mark, so spreadsheet programs read it as UTF-8) and XLSX,
 * written from headings and rows, and read back into rows by heading. Every module's exports and imports use it.
 */
public final class Spreadsheets {

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.TRIM_SPACES).build();

	private Spreadsheets() {
	}

	public static byte[] csv(List<String> headings, List<List<String>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(UTF8_BOM);
		List<List<String>> all = Stream.concat(Stream.of(headings), rows.stream()).toList();
		out.writeBytes(CSV.writer(CsvSchema.emptySchema()).writeValueAsBytes(all));
		return out.toByteArray();
	}

	public static byte[] xlsx(String sheetName, List<String> headings, List<List<String>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "Corporate Parenting Platform", "1.0")) {
			Worksheet sheet = workbook.newWorksheet(sheetName);
			for (int column = 0; column < headings.size(); column++) {
				sheet.value(0, column, headings.get(column));
				sheet.style(0, column).bold().set();
			}
			for (int row = 0; row < rows.size(); row++) {
				List<String> values = rows.get(row);
				for (int column = 0; column < values.size(); column++) {
					sheet.value(row + 1, column, values.get(column));
				}
			}
			sheet.freezePane(0, 1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * Reads a CSV or XLSX file (told apart by its name) into rows keyed by the first row's headings.
	 *
	 * @throws InvalidInputException when the file cannot be read as either
	 */
	public static List<Row> read(String fileName, InputStream content) {
		try {
			String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
			if (name.endsWith(".xlsx")) {
				return readXlsx(content);
			}
			if (name.endsWith(".csv")) {
				return readCsv(content);
			}
			throw InvalidInputException.of("file", "Choose a CSV or XLSX file");
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw InvalidInputException.of("file", "The file could not be read as a spreadsheet: " + ex.getMessage());
		}
	}

	private static List<Row> readCsv(InputStream content) throws IOException {
		String text = new String(content.readAllBytes(), StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		ObjectReader reader = CSV.readerForListOf(String.class).with(CsvReadFeature.WRAP_AS_ARRAY);
		List<List<String>> lines = new ArrayList<>();
		try (MappingIterator<List<String>> iterator = reader.readValues(text)) {
			iterator.forEachRemaining(lines::add);
		}
		return byHeading(lines);
	}

	private static List<Row> readXlsx(InputStream content) throws IOException {
		List<List<String>> lines = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(content)) {
			Sheet sheet = workbook.getFirstSheet();
			try (var rows = sheet.openStream()) {
				rows.forEach(row -> {
					List<String> values = new ArrayList<>();
					for (int column = 0; column < row.getCellCount(); column++) {
						values.add(row.getCellText(column));
					}
					lines.add(values);
				});
			}
		}
		return byHeading(lines);
	}

	private static List<Row> byHeading(List<List<String>> lines) {
		if (lines.isEmpty()) {
			throw InvalidInputException.of("file", "The file is empty: it needs a row of headings");
		}
		List<String> headings = lines.getFirst().stream().map(String::strip).toList();
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

	/** A row of a table read back, by heading; {@code number} counts from 1 for the headings row. */
	public record Row(int number, Map<String, String> values) {
	}
}
