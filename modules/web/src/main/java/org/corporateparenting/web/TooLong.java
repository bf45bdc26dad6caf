package org.corporateparenting.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * A value longer than its column holds (an item of a list, say, where the form allows more than the column): the
 * database names the column, and the caller hears which field is too long (400), not that something clashed.
 */
public final class TooLong {

	private static final Pattern COLUMN = Pattern.compile("Data too long for column '([A-Za-z0-9_]+)'");

	private TooLong() {
	}

	public static Optional<FieldProblem> problem(DataIntegrityViolationException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			Matcher column = COLUMN.matcher(String.valueOf(cause.getMessage()));
			if (column.find()) {
				return Optional.of(new FieldProblem(camel(column.group(1)), "is too long: shorten it and try again"));
			}
		}
		return Optional.empty();
	}

	private static String camel(String column) {
		StringBuilder field = new StringBuilder();
		boolean upper = false;
		for (char c : column.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				field.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return field.toString();
	}
}
