package org.corporateparenting.web;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the database and the documents made from it can hold: no control characters in text (a NUL byte saved in a
 * seat holder's name broke every meeting pack made after it), only tabs and line breaks, and dates from 1900 to 2200
 * (one in the year -999999999 reached the database and came back as a clash). Checked at every way in: JSON bodies,
 * form fields and spreadsheet cells, each problem named by its field.
 */
public final class StorableText {

	public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

	private StorableText() {
	}

	/** Whether the text holds a character no field may hold: a control character other than tab and line breaks. */
	public static boolean hasControlCharacter(@Nullable String text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
				return true;
			}
		}
		return false;
	}

	public static boolean inRange(LocalDate date) {
		return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
	}

	public static String controlCharacterMessage() {
		return "contains a character that cannot be saved (an invisible control character); remove it and try again";
	}

	public static String dateMessage() {
		return "must be a date from 1900 to 2200";
	}

	/** Every problem in a request: its text fields, dates and the lists and nested records within it. */
	public static List<FieldProblem> problems(@Nullable Object request) {
		List<FieldProblem> problems = new ArrayList<>();
		walk(request, "", problems, 0);
		return problems;
	}

	private static void walk(@Nullable Object value, String path, List<FieldProblem> problems, int depth) {
		if (value == null || depth > 8) {
			return;
		}
		if (value instanceof String text) {
			if (hasControlCharacter(text)) {
				problems.add(new FieldProblem(path.isEmpty() ? "body" : path, controlCharacterMessage()));
			}
		}
		else if (value instanceof LocalDate date) {
			if (!inRange(date)) {
				problems.add(new FieldProblem(path, dateMessage()));
			}
		}
		else if (value instanceof LocalDateTime dateTime) {
			if (!inRange(dateTime.toLocalDate())) {
				problems.add(new FieldProblem(path, dateMessage()));
			}
		}
		else if (value instanceof Instant instant) {
			if (instant.isBefore(EARLIEST.atStartOfDay().toInstant(ZoneOffset.UTC))
					|| instant.isAfter(LATEST.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))) {
				problems.add(new FieldProblem(path, dateMessage()));
			}
		}
		else if (value instanceof Collection<?> items) {
			int index = 0;
			for (Object item : items) {
				walk(item, path + "[" + index++ + "]", problems, depth + 1);
			}
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach((key, item) -> walk(item, join(path, String.valueOf(key)), problems, depth + 1));
		}
		else if (value.getClass().isRecord()) {
			for (RecordComponent component : value.getClass().getRecordComponents()) {
				try {
					walk(component.getAccessor().invoke(value), join(path, component.getName()), problems, depth + 1);
				}
				catch (ReflectiveOperationException ex) {
					// An accessor that cannot be called holds nothing a caller sent.
				}
			}
		}
	}

	private static String join(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}
}
