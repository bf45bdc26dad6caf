package org.corporateparenting.consultation.application;

import java.util.List;

import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

import jakarta.validation.Validator;

/** Bean Validation of a request, plus the checks a service adds, as one 400 with every problem. */
final class Checks {

	private Checks() {
	}

	static List<FieldProblem> of(Validator validator, Object request) {
		return FieldProblem.of(validator.validate(request));
	}

	static void throwIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	static @Nullable String strip(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static List<String> strings(@Nullable List<String> items) {
		return items == null ? List.of() : items.stream().filter(item -> item != null).map(String::strip).toList();
	}
}
