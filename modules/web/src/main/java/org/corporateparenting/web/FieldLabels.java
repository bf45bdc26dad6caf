package org.corporateparenting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A record's field as people read it: {@code percentComplete} is "Percent complete", {@code ragOverrideReason} "RAG
 * override reason", {@code partnerOrganisationId} "Partner organisation". Pages name fields this way in their error
 * messages and history, so a form's problems and a record's changes read in the words of its labels, never the code's.
 */
public final class FieldLabels {

	/** Words written in capitals wherever they appear. */
	private static final Set<String> ACRONYMS = Set.of("rag", "ons", "url", "pdf", "csv", "xlsx", "pep", "nhs", "sms");

	private FieldLabels() {
	}

	/** The label of a field, or of the field an item or path ends in ({@code rows[3].date}: "Date"). */
	public static String of(String field) {
		String name = field;
		int dot = name.lastIndexOf('.');
		if (dot >= 0) {
			name = name.substring(dot + 1);
		}
		int bracket = name.indexOf('[');
		if (bracket >= 0) {
			name = name.substring(0, bracket);
		}
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		for (char c : name.toCharArray()) {
			if ((Character.isUpperCase(c) || c == '_' || c == '-') && !word.isEmpty()) {
				words.add(word.toString());
				word.setLength(0);
			}
			if (c != '_' && c != '-') {
				word.append(c);
			}
		}
		if (!word.isEmpty()) {
			words.add(word.toString());
		}
		if (words.size() > 1 && words.getLast().equalsIgnoreCase("id")) {
			words.removeLast();
		}
		StringBuilder label = new StringBuilder();
		for (String each : words) {
			String lower = each.toLowerCase(Locale.UK);
			label.append(label.isEmpty() ? "" : " ")
				.append(ACRONYMS.contains(lower) ? lower.toUpperCase(Locale.UK) : lower);
		}
		return label.isEmpty() ? field : Character.toUpperCase(label.charAt(0)) + label.substring(1);
	}

	/**
	 * A problem as a sentence: a message that is one already ("Enter the action's title") as it is, one that goes on
	 * from its field's name ("must be from 0 to 100") after the field's label.
	 */
	public static String sentence(FieldProblem problem) {
		String message = problem.message();
		if (message.isEmpty() || !Character.isLowerCase(message.charAt(0))) {
			return message;
		}
		return of(problem.field()) + " " + message;
	}
}
