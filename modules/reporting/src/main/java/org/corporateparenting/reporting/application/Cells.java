package org.corporateparenting.reporting.application;

import java.math.BigDecimal;
import java.util.List;

import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.Spreadsheets;
import org.jspecify.annotations.Nullable;

/** Numbers read from an uploaded sheet's cells, with a problem beside the cell when one does not read. */
final class Cells {

	private Cells() {
	}

	static @Nullable BigDecimal decimal(Spreadsheets.Row row, String heading, String prefix,
			List<FieldProblem> problems) {
		String text = text(row, heading);
		if (text == null) {
			return null;
		}
		try {
			return new BigDecimal(text.replace(",", "").replace("%", ""));
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem(prefix + heading,
					"Row " + row.number() + ": the " + heading + " '" + text + "' is not a number"));
			return null;
		}
	}

	static @Nullable Integer integer(Spreadsheets.Row row, String heading, String prefix,
			List<FieldProblem> problems) {
		BigDecimal number = decimal(row, heading, prefix, problems);
		if (number == null) {
			return null;
		}
		try {
			return number.intValueExact();
		}
		catch (ArithmeticException ex) {
			problems.add(new FieldProblem(prefix + heading,
					"Row " + row.number() + ": the " + heading + " must be a whole number"));
			return null;
		}
	}

	static String plain(@Nullable Object number) {
		return number instanceof BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString()
				: number == null ? "" : number.toString();
	}

	private static @Nullable String text(Spreadsheets.Row row, String heading) {
		String value = row.values().get(heading);
		return value == null || value.isBlank() ? null : value.strip();
	}
}
