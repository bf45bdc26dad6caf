package org.corporateparenting.web;

import java.util.List;

/**
 * The field problems of a submitted form, for the GOV.UK error summary and the messages beside each field
 * ({@code fragments/forms}). A field's problems include those of its items ({@code partnerships[0]}).
 */
public record FormErrors(List<FieldProblem> all) {

	public static FormErrors none() {
		return new FormErrors(List.of());
	}

	public static FormErrors of(InvalidInputException ex) {
		return new FormErrors(ex.problems());
	}

	public boolean isEmpty() {
		return all.isEmpty();
	}

	public boolean has(String field) {
		return !messages(field).isEmpty();
	}

	/** The field's problems as sentences that name it as its label does ("Percent complete must be ..."). */
	public List<String> messages(String field) {
		return all.stream()
			.filter(problem -> problem.field().equals(field) || problem.field().startsWith(field + "["))
			.map(FieldLabels::sentence)
			.toList();
	}

	/** A problem as the error summary lists it: a sentence naming the field in words. */
	public String text(FieldProblem problem) {
		return FieldLabels.sentence(problem);
	}

	/** The id of the input a problem belongs to, for the error summary's links. */
	public String anchor(FieldProblem problem) {
		int bracket = problem.field().indexOf('[');
		return bracket < 0 ? problem.field() : problem.field().substring(0, bracket);
	}
}
