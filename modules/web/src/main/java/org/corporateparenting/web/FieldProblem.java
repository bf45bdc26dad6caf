package org.corporateparenting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;

/**
 * One thing wrong with one field of a request, as listed in a 400 problem's {@code errors}.
 *
 * @param field the field's name, with a path for nested fields ({@code partnerships[1]})
 * @param message what is wrong, written for the person who filled the form in
 */
public record FieldProblem(String field, String message) {

	/** The problems Bean Validation found with an object, such as a request record. */
	public static List<FieldProblem> of(Set<? extends ConstraintViolation<?>> violations) {
		return violations.stream()
			.map(violation -> new FieldProblem(field(violation), violation.getMessage()))
			.collect(Collectors.toCollection(ArrayList::new));
	}

	/** The violation's path as a caller names the field: {@code delivered[1]}, not {@code delivered[1].<list element>}. */
	private static String field(ConstraintViolation<?> violation) {
		return violation.getPropertyPath().toString().replaceAll("\\.<[a-z ]+>", "");
	}
}
