package org.corporateparenting.tenancy.onboarding;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places a demo council's files in today's calendar. Every date in them, and each action plan's year, moves forward by
 * the same whole number of years: the most that leaves the latest recorded event (a progress update, a meeting, an
 * approval, a pledge committed, a reply to young people...) on or before today, so that event falls in the last twelve
 * months and the files' own sequence of dates is kept. Only values that are wholly a date move: titles, narratives and
 * every other word from a council's document stay as written, and indicator periods stay as they are. Only the demo's
 * own councils are moved (see {@link TenantFolders}); a council onboarding with its own documents keeps its dates.
 */
final class DemoCalendar {

	/** A key whose value is a date ({@code dueDate: 2024-03-31}, quoted or not, perhaps with a comment after it). */
	private static final Pattern DATE = Pattern.compile(
			"^(\\s*(?:-\\s+)?([A-Za-z]+):\\s+)(\"?)(\\d{4}-\\d{2}-\\d{2})\\3(?=\\s*(?:#.*)?$)", Pattern.MULTILINE);

	/** An action plan's year, {@code year: "2023/24"}. */
	private static final Pattern PLAN_YEAR = Pattern.compile("^(\\s*(?:-\\s+)?year:\\s+)\"(\\d{4})/(\\d{2})\"",
			Pattern.MULTILINE);

	/** The dates that record something that happened, rather than something planned or due. */
	private static final Set<String> EVENTS = Set.of("date", "approvedOn", "committedOn", "publishedOn", "statusDate",
			"toldBackOn");

	private DemoCalendar() {
	}

	/** The latest recorded event in the files, if any. */
	static Optional<LocalDate> latestEvent(Collection<String> files) {
		LocalDate latest = null;
		for (String file : files) {
			Matcher date = DATE.matcher(file);
			while (date.find()) {
				LocalDate day = LocalDate.parse(date.group(4));
				if (EVENTS.contains(date.group(2)) && (latest == null || day.isAfter(latest))) {
					latest = day;
				}
			}
		}
		return Optional.ofNullable(latest);
	}

	/**
	 * The whole years that bring the latest recorded event into the twelve months up to {@code today}; none when the
	 * files record no event, or their latest is already within them.
	 */
	static int yearsToMove(Collection<String> files, LocalDate today) {
		return latestEvent(files).map(latest -> {
			int years = Math.max(0, today.getYear() - latest.getYear());
			return latest.plusYears(years).isAfter(today) ? Math.max(0, years - 1) : years;
		}).orElse(0);
	}

	/** The file with every date and plan year moved forward by {@code years}; the rest of it unchanged. */
	static String move(String file, int years) {
		if (years == 0) {
			return file;
		}
		String moved = DATE.matcher(file)
			.replaceAll(date -> Matcher.quoteReplacement(date.group(1) + date.group(3)
					+ LocalDate.parse(date.group(4)).plusYears(years) + date.group(3)));
		return PLAN_YEAR.matcher(moved).replaceAll(year -> {
			int start = Integer.parseInt(year.group(2)) + years;
			return Matcher.quoteReplacement(year.group(1) + "\"" + start + "/" + "%02d".formatted((start + 1) % 100)
					+ "\"");
		});
	}
}
