package org.corporateparenting.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.corporateparenting.web.Spreadsheets.Kind;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;

/**
 * XLSX cells as typed values and back: what {@link Spreadsheets} writes as a date, number or percentage, and the text
 * an upload reads from such a cell (the same text the CSV of the same table holds), so a downloaded file can be sent
 * back as it is, also after it was edited in a spreadsheet program.
 */
final class TypedCells {

	private static final Pattern DECIMAL = Pattern.compile("^-?\\d+(\\.\\d+)?$");

	private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

	static final String DATE_FORMAT = "d mmm yyyy";

	private TypedCells() {
	}

	static void write(Worksheet sheet, int row, int column, Kind kind, String text) {
		String value = text == null ? "" : text.strip();
		switch (kind) {
			case NUMBER -> {
				if (DECIMAL.matcher(value).matches()) {
					number(sheet, row, column, new BigDecimal(value), false);
					return;
				}
			}
			case PERCENT -> {
				String figure = value.endsWith("%") ? value.substring(0, value.length() - 1).strip() : value;
				if (DECIMAL.matcher(figure).matches()) {
					number(sheet, row, column, new BigDecimal(figure), true);
					return;
				}
			}
			case FIGURE -> {
				write(sheet, row, column, value.endsWith("%") ? Kind.PERCENT : Kind.NUMBER, text);
				return;
			}
			case DATE -> {
				if (ISO_DATE.matcher(value).matches()) {
					try {
						sheet.value(row, column, LocalDate.parse(value));
						sheet.style(row, column).format(DATE_FORMAT).set();
						return;
					}
					catch (DateTimeParseException ex) {
						// Not a real date (2024-02-30): kept as the text given.
					}
				}
			}
			case TEXT -> {
			}
		}
		sheet.value(row, column, text);
	}

	/** A number shown with as many decimal places as its text gave; a percentage stored as a fraction. */
	private static void number(Worksheet sheet, int row, int column, BigDecimal figure, boolean percentage) {
		int places = Math.max(figure.scale(), 0);
		String format = (percentage ? "0" : "#,##0") + (places > 0 ? "." + "0".repeat(places) : "")
				+ (percentage ? "%" : "");
		sheet.value(row, column, percentage ? figure.movePointLeft(2) : figure);
		sheet.style(row, column).format(format).set();
	}

	/** The text of a cell as the CSV of the same table would hold it: a date as 2024-03-31, 45% as 45. */
	static String read(Row row, int column) {
		Cell cell = row.getCell(column);
		if (cell == null || cell.getType() != CellType.NUMBER || cell.getDataFormatString() == null) {
			return row.getCellText(column);
		}
		String format = cell.getDataFormatString().replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
		if (format.contains("%")) {
			return cell.asNumber().movePointRight(2).stripTrailingZeros().toPlainString();
		}
		if (format.matches("(?i).*[dmy].*")) {
			return cell.asDate().toLocalDate().toString();
		}
		return row.getCellText(column);
	}
}
