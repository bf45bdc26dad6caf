package org.corporateparenting.web;

/**
 * One thing wrong with one field of a request, as listed in a 400 problem's {@code errors}.
 *
 * @param field the field's name, with a path for nested fields ({@code partnerships[1]})
 * @param message what is wrong, written for the person who filled the form in
 */
public record FieldProblem(String field, String message) {
}
