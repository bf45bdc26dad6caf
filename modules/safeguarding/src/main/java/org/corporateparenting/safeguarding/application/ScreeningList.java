package org.corporateparenting.safeguarding.application;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.corporateparenting.web.FieldProblem;

/**
 * Phrases and patterns that can signal harm, self-harm or abuse, and the reading of words against them. Words are read
 * as people type them: whatever the case, with apostrophes dropped ("don't" reads as "dont") and any other punctuation
 * or run of spaces as one space. A phrase, read the same way, matches whole words only ("hurt me" is not in "hurt
 * meg"); a pattern is a regular expression found anywhere in the words so read, without regard to case.
 */
public final class ScreeningList {

	/** How long screening one piece of words may take before it gives up (and the words are flagged). */
	static final long BUDGET_NANOS = 50_000_000;

	private final List<String> phrases;

	private final List<String> patterns;

	private final List<String> readPhrases;

	private final List<Pattern> compiled;

	private ScreeningList(List<String> phrases, List<String> patterns) {
		this.phrases = List.copyOf(phrases);
		this.patterns = List.copyOf(patterns);
		this.readPhrases = phrases.stream().map(phrase -> read(phrase)).toList();
		this.compiled = patterns.stream().map(ScreeningList::compile).toList();
	}

	/**
	 * A list that passed {@link #problems}.
	 *
	 * @throws PatternSyntaxException when a pattern is not a regular expression
	 */
	public static ScreeningList of(List<String> phrases, List<String> patterns) {
		return new ScreeningList(phrases, patterns);
	}

	/** Everything wrong with a list, each phrase and pattern named by its place ({@code patterns[2]}). */
	public static List<FieldProblem> problems(List<String> phrases, List<String> patterns) {
		List<FieldProblem> problems = new ArrayList<>();
		if (phrases.isEmpty() && patterns.isEmpty()) {
			problems.add(new FieldProblem("phrases", "Give at least one phrase or pattern, or use the platform's list"));
		}
		for (int i = 0; i < phrases.size(); i++) {
			String phrase = phrases.get(i);
			if (phrase == null || read(phrase).isBlank()) {
				problems.add(new FieldProblem("phrases[" + i + "]", "Phrase " + (i + 1) + " has no words in it"));
			}
			else if (phrase.length() > 200) {
				problems.add(new FieldProblem("phrases[" + i + "]", "Phrase " + (i + 1) + " must be 200 characters or fewer"));
			}
		}
		for (int i = 0; i < patterns.size(); i++) {
			String pattern = patterns.get(i);
			if (pattern == null || pattern.isBlank()) {
				problems.add(new FieldProblem("patterns[" + i + "]", "Pattern " + (i + 1) + " is empty"));
				continue;
			}
			if (pattern.length() > 300) {
				problems.add(new FieldProblem("patterns[" + i + "]", "Pattern " + (i + 1) + " must be 300 characters or fewer"));
				continue;
			}
			try {
				compile(pattern);
			}
			catch (PatternSyntaxException ex) {
				problems.add(new FieldProblem("patterns[" + i + "]", "Pattern " + (i + 1) + " (" + pattern
						+ ") is not a valid regular expression: " + ex.getDescription()));
			}
		}
		return problems;
	}

	public List<String> phrases() {
		return phrases;
	}

	public List<String> patterns() {
		return patterns;
	}

	/**
	 * The first phrase or pattern the words match, as the list writes it.
	 *
	 * @throws ScreeningTooSlow when a pattern takes longer than the budget on these words
	 */
	public Optional<String> match(String text) {
		String words = " " + read(text) + " ";
		for (int i = 0; i < readPhrases.size(); i++) {
			if (!readPhrases.get(i).isEmpty() && words.contains(" " + readPhrases.get(i) + " ")) {
				return Optional.of(phrases.get(i));
			}
		}
		CharSequence timed = new Timed(words, System.nanoTime() + BUDGET_NANOS);
		for (int i = 0; i < compiled.size(); i++) {
			if (compiled.get(i).matcher(timed).find()) {
				return Optional.of(patterns.get(i));
			}
		}
		return Optional.empty();
	}

	/** Words as the list reads them: lower case, apostrophes dropped, other punctuation and spaces as one space. */
	static String read(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		return folded.replaceAll("['’‘`ʼ]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	private static Pattern compile(String pattern) {
		return Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/** A pattern that backtracks without end on some words gives up once the time is spent. */
	public static final class ScreeningTooSlow extends RuntimeException {

		ScreeningTooSlow() {
			super("Screening took longer than its budget", null, false, false);
		}
	}

	/** Words that stop being readable once a deadline has passed, so that no pattern runs for long. */
	private record Timed(CharSequence words, long until) implements CharSequence {

		@Override
		public char charAt(int index) {
			if (System.nanoTime() > until) {
				throw new ScreeningTooSlow();
			}
			return words.charAt(index);
		}

		@Override
		public int length() {
			return words.length();
		}

		@Override
		public CharSequence subSequence(int start, int end) {
			return new Timed(words.subSequence(start, end), until);
		}

		@Override
		public String toString() {
			return words.toString();
		}
	}
}
