package org.corporateparenting.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Reading a submitted GOV.UK form's fields: blank is "not given", and a value that does not parse is a problem
 * beside its field (400), as the API reports it, never a failure.
 */
public final class FormValues {

	private FormValues() {
	}

	public static @Nullable LocalDate date(Map<String, String> form, String field) {
		return date(field, form.get(field));
	}

	/** A date typed into the field as ISO 8601 (the GOV.UK date input sends it so); blank is not given. */
	public static @Nullable LocalDate date(String field, @Nullable String typed) {
		LocalDate date = parse(field, typed, LocalDate::parse, "Enter a real date, such as 2026-03-31");
		if (date != null && !StorableText.inRange(date)) {
			throw InvalidInputException.of(field, StorableText.dateMessage());
		}
		return date;
	}

	public static @Nullable Integer integer(Map<String, String> form, String field) {
		return integer(field, form.get(field));
	}

	public static @Nullable Integer integer(String field, @Nullable String typed) {
		return parse(field, typed, Integer::valueOf, "Enter a whole number");
	}

	/** The id of a record chosen from a list. */
	public static @Nullable Long id(Map<String, String> form, String field) {
		return id(field, form.get(field));
	}

	/** The id of a record chosen from a list. */
	public static @Nullable Long id(String field, @Nullable String chosen) {
		return parse(field, chosen, Long::valueOf, "Choose one from the list");
	}

	/** The version of the record the form was filled in from. */
	public static @Nullable Long version(Map<String, String> form) {
		return version(form.get("version"));
	}

	/** The version of the record the form was filled in from. */
	public static @Nullable Long version(@Nullable String sent) {
		return parse("version", sent, Long::valueOf, "The page was out of date; open it again");
	}

	public static <E extends Enum<E>> @Nullable E value(Class<E> type, Map<String, String> form, String field) {
		return value(type, field, form.get(field));
	}

	public static <E extends Enum<E>> @Nullable E value(Class<E> type, String field, @Nullable String chosen) {
		return parse(field, chosen, name -> Enum.valueOf(type, name), "Choose one from the list");
	}

	/** The non-blank lines of a textarea, one item each. */
	public static List<String> lines(@Nullable String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	private static <T> @Nullable T parse(String field, @Nullable String value, Function<String, T> parser,
			String message) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return parser.apply(value.strip());
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			throw InvalidInputException.of(field, message);
		}
	}
}
