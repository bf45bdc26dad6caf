package org.corporateparenting.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * A record's history in words, the same on every page's timeline: "Status changed from At risk to On track",
 * "Percent complete changed from 35% to 45%", times as "6 December 2026 at 11:35" (in England), and where figures
 * came from when no person entered them. Templates reach it as {@code @historyWords}; {@code RecordHistory} uses
 * {@link #change} for each field.
 */
@Component("historyWords")
public class HistoryWords {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
		.withZone(PlatformClock.ENGLAND);

	private static final Pattern CONSTANT = Pattern.compile("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$");

	private static final Pattern NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?$");

	/** A council's starter file, as imports record who entered a figure: {@code walsall/indicators.yaml}. */
	private static final Pattern COUNCIL_FILE = Pattern.compile("^[a-z0-9-]+/[a-z0-9-]+\\.ya?ml$");

	private static final Pattern PLATFORM_FILE = Pattern.compile("^[a-z0-9-]+\\.ya?ml$");

	private static final int LONGEST_VALUE = 200;

	/**
	 * One field's change as a sentence, or nothing when it went from empty to empty. A value is shown as people
	 * write it: a status {@code AT_RISK} as "At risk", a date as "31 March 2027", true as "Yes", a percentage with its
	 * sign, long text cut short.
	 */
	public static Optional<String> change(String field, String from, String to) {
		String label = FieldLabels.of(field);
		boolean percent = label.toLowerCase(Locale.UK).contains("percent");
		String before = value(from, percent);
		String after = value(to, percent);
		if (before == null && after == null || before != null && before.equals(after)) {
			return Optional.empty();
		}
		if (before == null) {
			return Optional.of(label + " set to " + after);
		}
		if (after == null) {
			return Optional.of(label + " cleared (was " + before + ")");
		}
		return Optional.of(label + " changed from " + before + " to " + after);
	}

	/** When something happened, in England: "6 December 2026 at 11:35". */
	public String when(Instant at) {
		return at == null ? "" : MOMENT.format(at);
	}

	/** Who made a change: a person by name, the platform's own work (imports, year-end roll-overs) in words. */
	public String author(String author) {
		if (author == null || author.isBlank() || author.equals("platform")) {
			return "The platform (an import or a scheduled change)";
		}
		return source(author);
	}

	/** Who entered a figure: a person by name, or the document it was brought in from, in words. */
	public String source(String enteredBy) {
		if (enteredBy == null || enteredBy.isBlank()) {
			return "Not recorded";
		}
		if (COUNCIL_FILE.matcher(enteredBy).matches()) {
			return "Brought in from the council's documents when it joined";
		}
		if (PLATFORM_FILE.matcher(enteredBy).matches()) {
			return "Brought in from the platform's published figures";
		}
		return enteredBy;
	}

	private static String value(String raw, boolean percent) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String value = raw.strip();
		if (value.equals("true") || value.equals("false")) {
			return value.equals("true") ? "Yes" : "No";
		}
		if (CONSTANT.matcher(value).matches() && value.length() > 1) {
			String words = value.replace('_', ' ').toLowerCase(Locale.UK);
			return Character.toUpperCase(words.charAt(0)) + words.substring(1);
		}
		if (percent && NUMBER.matcher(value).matches()) {
			return value + "%";
		}
		String moment = moment(value);
		if (moment != null) {
			return moment;
		}
		return value.length() > LONGEST_VALUE ? value.substring(0, LONGEST_VALUE).strip() + "…" : value;
	}

	/** A date or a time as written by Java ({@code 2027-03-31}, {@code 2026-12-06T11:35:00Z}), in words. */
	private static String moment(String value) {
		if (value.length() < 10 || !Character.isDigit(value.charAt(0)) || value.charAt(4) != '-') {
			return null;
		}
		try {
			return DAY.format(LocalDate.parse(value));
		}
		catch (DateTimeParseException notADay) {
			try {
				TemporalAccessor at = value.endsWith("Z") || value.contains("+") ? OffsetDateTime.parse(value)
						: LocalDateTime.parse(value).atZone(PlatformClock.ENGLAND);
				return MOMENT.format(Instant.from(at));
			}
			catch (java.time.DateTimeException notATime) {
				return null;
			}
		}
	}
}
