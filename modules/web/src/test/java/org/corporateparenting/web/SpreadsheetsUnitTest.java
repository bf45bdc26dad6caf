package org.corporateparenting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

import org.junit.jupiter.api.Test;

class SpreadsheetsUnitTest {

	static final List<String> HEADINGS = List.of("Reference", "Progress narrative", "Percent complete");

	static final List<List<String>> ROWS = List.of(List.of("WAL-1", "Met, with \"quotes\" and a comma", "50"),
			List.of("WAL-2", "Two lines\nof narrative", "100"));

	@Test
	void csvAndXlsxReadBackAsWritten() {
		var fromCsv = Spreadsheets.read("a.csv", new ByteArrayInputStream(Spreadsheets.csv(HEADINGS, ROWS)));
		var fromXlsx = Spreadsheets.read("a.xlsx", new ByteArrayInputStream(Spreadsheets.xlsx("Sheet", HEADINGS, ROWS)));

		assertThat(fromCsv).hasSize(2);
		assertThat(fromCsv.get(0).number()).isEqualTo(2);
		assertThat(fromCsv.get(0).values()).containsEntry("Progress narrative", "Met, with \"quotes\" and a comma");
		assertThat(fromCsv.get(1).values()).containsEntry("Progress narrative", "Two lines\nof narrative");
		assertThat(fromXlsx.stream().map(Spreadsheets.Row::values).toList())
			.isEqualTo(fromCsv.stream().map(Spreadsheets.Row::values).toList());
	}

	@Test
	void anXlsxHasTypedCellsWithFormatsAFrozenFilteredHeadingRowAndFittedWidthsAndReadsBackAsItsCsv()
			throws IOException {
		List<Spreadsheets.Column> columns = Spreadsheets.Column.of(
				List.of("Reference", "Due date", "Percent complete", "Value", "Shown"),
				java.util.Map.of("Due date", Spreadsheets.Kind.DATE, "Percent complete", Spreadsheets.Kind.PERCENT,
						"Value", Spreadsheets.Kind.NUMBER, "Shown", Spreadsheets.Kind.FIGURE));
		List<List<String>> rows = List.of(List.of("1.10", "2027-03-31", "45", "1250", "92.5%"),
				List.of("1.2", "No date", "100", "12.75", "c"));

		byte[] xlsx = Spreadsheets.xlsx(columns, "Plan", rows);

		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
				new org.dhatim.fastexcel.reader.ReadingOptions(true, false));
				var sheetRows = workbook.getFirstSheet().openStream()) {
			var read = sheetRows.toList();
			var first = read.get(1);
			assertThat(first.getCell(0).getType()).as("a reference stays text").isEqualTo(CellType.STRING);
			assertThat(first.getCell(0).asString()).isEqualTo("1.10");
			assertThat(first.getCell(1).getType()).isEqualTo(CellType.NUMBER);
			assertThat(first.getCell(1).asDate().toLocalDate()).isEqualTo(java.time.LocalDate.of(2027, 3, 31));
			assertThat(first.getCell(1).getDataFormatString()).isEqualTo("d mmm yyyy");
			assertThat(first.getCell(2).asNumber()).isEqualByComparingTo("0.45");
			assertThat(first.getCell(2).getDataFormatString()).isEqualTo("0%");
			assertThat(first.getCell(3).asNumber()).isEqualByComparingTo("1250");
			assertThat(first.getCell(3).getDataFormatString()).isEqualTo("#,##0");
			assertThat(first.getCell(4).asNumber()).isEqualByComparingTo("0.925");
			assertThat(first.getCell(4).getDataFormatString()).isEqualTo("0.0%");
			var second = read.get(2);
			assertThat(second.getCell(1).getType()).as("text a date column cannot read").isEqualTo(CellType.STRING);
			assertThat(second.getCell(3).getDataFormatString()).isEqualTo("#,##0.00");
			assertThat(second.getCell(4).asString()).isEqualTo("c");
		}
		String sheet = sheetXml(xlsx);
		assertThat(sheet).contains("state=\"frozen\"").contains("<autoFilter ref=\"A1:E3\"");
		assertThat(sheet).containsPattern("<col min=\"1\" max=\"1\" width=\"12");

		assertThat(Spreadsheets.read("plan.xlsx", new ByteArrayInputStream(xlsx)).getFirst().values())
			.containsEntry("Reference", "1.10")
			.containsEntry("Due date", "2027-03-31")
			.containsEntry("Percent complete", "45")
			.containsEntry("Value", "1250")
			.containsEntry("Shown", "92.5");
	}

	/** The sheet's own XML, read from the zip's central directory as Excel reads it. */
	private static String sheetXml(byte[] xlsx) throws IOException {
		java.nio.file.Path file = java.nio.file.Files.createTempFile("sheet", ".xlsx");
		try {
			java.nio.file.Files.write(file, xlsx);
			try (var zip = new java.util.zip.ZipFile(file.toFile())) {
				ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
				if (sheet != null) {
					return new String(zip.getInputStream(sheet).readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		finally {
			java.nio.file.Files.delete(file);
		}
		throw new AssertionError("No sheet in the workbook");
	}

	@Test
	void csvWithWindowsLineEndingsAsABrowserSendsItReadsTheSame() {
		String sent = new String(Spreadsheets.csv(HEADINGS, ROWS), StandardCharsets.UTF_8).replace("\n", "\r\n");

		var rows = Spreadsheets.read("a.csv", new ByteArrayInputStream(sent.getBytes(StandardCharsets.UTF_8)));

		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).values()).containsEntry("Reference", "WAL-1").containsEntry("Percent complete", "50");
	}

	@Test
	void somethingElseIsRefusedAsAFieldProblem() {
		assertThatThrownBy(() -> Spreadsheets.read("a.txt", new ByteArrayInputStream(new byte[0])))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().getFirst().field()).isEqualTo("file"));
	}

	@Test
	void cellsASpreadsheetWouldRunAsFormulasAreWrittenAsTextAndReadBackAsSent() throws IOException {
		List<String> dangerous = List.of("=HYPERLINK(\"http://example.com\",\"Click\")", "=cmd|' /C calc'!A0",
				"+SUM(1,2)", "-2+3+cmd|' /C calc'!A0", "@SUM(1)", "\t=1+1", "\r=1+1");
		List<List<String>> rows = dangerous.stream().map(cell -> List.of("WAL-1", cell, "-12.5")).toList();

		String csv = new String(Spreadsheets.csv(HEADINGS, rows), StandardCharsets.UTF_8);
		for (String line : csv.substring(1).split("\n(?=WAL|Reference)")) {
			for (String cell : line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
				String value = cell.startsWith("\"") ? cell.substring(1) : cell;
				assertThat(value).as("cell %s", cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
					.doesNotStartWith("\t").doesNotStartWith("\r");
				if (value.startsWith("-")) {
					assertThat(value).as("only numbers may start with a minus").matches("-[0-9.]+\\s*");
				}
			}
		}
		assertThat(Spreadsheets.read("a.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
			.extracting(row -> row.values().get("Progress narrative"))
			.containsExactlyElementsOf(dangerous);

		byte[] xlsx = Spreadsheets.xlsx("Sheet", HEADINGS, rows);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
				var sheetRows = workbook.getFirstSheet().openStream()) {
			sheetRows.skip(1).forEach(row -> assertThat(row.getCell(1).getType())
				.isEqualTo(org.dhatim.fastexcel.reader.CellType.STRING));
		}
		assertThat(Spreadsheets.read("a.xlsx", new ByteArrayInputStream(xlsx)))
			.extracting(row -> row.values().get("Progress narrative"))
			.containsExactlyElementsOf(dangerous);
	}

	@Test
	void numbersAndOrdinaryTextAreWrittenAsTheyAre() {
		String csv = new String(Spreadsheets.csv(List.of("A", "B", "C"), List.of(List.of("-12.5", "+3%", "Meet - and talk"))),
				StandardCharsets.UTF_8);

		assertThat(csv).doesNotContain("'").contains("-12.5,").contains("+3%").contains("Meet - and talk");
	}

	@Test
	void anXlsxThatUnpacksToFarMoreThanItsSizeIsRefusedUnread() throws IOException {
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 60; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		assertThat(bomb.size()).isLessThan(Spreadsheets.MAX_BYTES / 10);

		assertThatThrownBy(() -> Spreadsheets.read("bomb.xlsx", new ByteArrayInputStream(bomb.toByteArray())))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().getFirst().message()).contains("unpacks to far more"));
	}

	@Test
	void filesLargerThanTheLimitAreRefusedBeforeTheyAreRead() {
		byte[] large = new byte[Spreadsheets.MAX_BYTES + 1];

		assertThatThrownBy(() -> Spreadsheets.read("large.csv", new ByteArrayInputStream(large)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().getFirst().message()).contains("larger than 5 MB"));
	}

	@Test
	void tooManyRowsOrColumnsAreRefused() {
		List<List<String>> rows = new ArrayList<>(Collections.nCopies(Spreadsheets.MAX_ROWS + 1, List.of("a", "b", "c")));
		byte[] tooLong = Spreadsheets.csv(HEADINGS, rows);
		byte[] tooWide = Spreadsheets.csv(Collections.nCopies(Spreadsheets.MAX_COLUMNS + 1, "Heading"), List.of());

		assertThatThrownBy(() -> Spreadsheets.read("long.csv", new ByteArrayInputStream(tooLong)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().getFirst().message()).contains("more than 10000 rows"));
		assertThatThrownBy(() -> Spreadsheets.read("wide.xlsx",
				new ByteArrayInputStream(Spreadsheets.xlsx("S", Collections.nCopies(Spreadsheets.MAX_COLUMNS + 1, "H"),
						List.of()))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().getFirst().message()).contains("more than 200 columns"));
		assertThat(Spreadsheets.read("full.csv", new ByteArrayInputStream(Spreadsheets.csv(HEADINGS,
				Collections.nCopies(Spreadsheets.MAX_ROWS, List.of("a", "b", "c")))))).hasSize(Spreadsheets.MAX_ROWS);
		assertThat(tooWide).isNotEmpty();
	}

	@Test
	void cellsWithControlCharactersAreNamedByRowAndHeading() {
		byte[] csv = Spreadsheets.csv(HEADINGS, List.of(List.of("WAL-1", "fine", "1"), List.of("WAL-2", "bad\u0000", "2")));

		assertThatThrownBy(() -> Spreadsheets.read("a.csv", new ByteArrayInputStream(csv)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.singleElement()
				.satisfies(problem -> assertThat(problem.message()).startsWith("Row 3, column Progress narrative:")));
	}

	@Test
	void anUploadIsRefusedNamingItsMissingAndUnknownColumnsBeforeAnyRow() {
		Spreadsheets.Columns columns = Spreadsheets.Columns.exactly(List.of("Reference"), HEADINGS);

		assertThatThrownBy(() -> Spreadsheets.read("a.csv", csv("Reference,Colour,Size\nWAL-1,red,large\n"), columns))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems()).singleElement()
				.isEqualTo(new FieldProblem("file", "The file has columns this upload does not read: Colour, Size. Its"
						+ " first row must hold the headings Reference, Progress narrative, Percent complete")));
		assertThatThrownBy(() -> Spreadsheets.read("a.xlsx", new ByteArrayInputStream(
				Spreadsheets.xlsx("Sheet", List.of("Colour"), List.of(List.of("red")))), columns))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems().getFirst().message())
				.startsWith("The file has no column Reference, and has a column this upload does not read: Colour."));
		assertThatThrownBy(() -> Spreadsheets.read("a.csv", csv("Reference,Percent complete\n"), columns))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems().getFirst().message())
				.isEqualTo("The file has no rows under its headings"));
		assertThatThrownBy(() -> Spreadsheets.read("a.csv", csv(""), columns))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems().getFirst().message())
				.startsWith("The file is empty"));
		assertThatThrownBy(() -> Spreadsheets.read("a.xlsx", csv("not a zip at all"), columns))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems().getFirst().message())
				.startsWith("The file is not an XLSX spreadsheet"));
		assertThat(Spreadsheets.read("a.csv", csv("Reference,Percent complete\nWAL-1,50\n"), columns)).hasSize(1);
	}

	@Test
	void aTableOfAnotherSystemMayHaveColumnsNotReadWhichAreNamedOnlyBesideAMissingOne() {
		Spreadsheets.Columns columns = Spreadsheets.Columns.atLeast(List.of("CHILD", "DOB"));

		assertThat(Spreadsheets.read("a.csv", csv("CHILD,SEX,DOB\nA,1,01/06/2003\n"), columns)).hasSize(1);
		assertThat(columns.problems(List.of("CHILD", "SEX"))).singleElement()
			.extracting(FieldProblem::message)
			.isEqualTo("The file has no column DOB, and has a column this upload does not read: SEX. Its first row must"
					+ " hold the headings CHILD, DOB");
	}

	private static ByteArrayInputStream csv(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}
}
