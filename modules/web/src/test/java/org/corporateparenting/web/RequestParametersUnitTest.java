package org.corporateparenting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

class RequestParametersUnitTest {

	enum Colour {
		RED, AMBER, GREEN
	}

	/** A list taking one parameter of each kind. */
	static class Filters {

		PageResponse<String> list(@RequestParam(defaultValue = "0") int page,
				@RequestParam(defaultValue = "20") int size, @RequestParam(required = false) @Nullable Colour rag,
				@RequestParam(required = false) @Nullable LocalDate dueBefore,
				@RequestParam(defaultValue = "true") boolean open, @RequestParam String owner,
				@RequestParam(required = false) @Nullable MultipartFile file) {
			return PageResponse.of(java.util.List.of(), page, size);
		}
	}

	final RequestParameters parameters = new RequestParameters(new ApplicationConversionService());

	final HandlerMethod list = new HandlerMethod(new Filters(), Filters.class.getDeclaredMethods()[0]);

	@Test
	void namesEveryParameterThatCannotBeReadAndEveryRequiredOneLeftOut() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/list");
		request.setParameter("page", "x");
		request.setParameter("size", "y");
		request.setParameter("rag", "PURPLE");
		request.setParameter("dueBefore", "soon");
		request.setParameter("open", "perhaps");

		Map<String, String> problems = parameters.problems(list, request)
			.stream()
			.collect(Collectors.toMap(FieldProblem::field, FieldProblem::message));

		assertThat(problems).containsOnlyKeys("page", "size", "rag", "dueBefore", "open", "owner");
		assertThat(problems.get("page")).isEqualTo("'x' is not a whole number");
		assertThat(problems.get("rag")).isEqualTo("'PURPLE' is not one of: RED, AMBER, GREEN");
		assertThat(problems.get("dueBefore")).isEqualTo("'soon' is not a date such as 2026-03-31");
		assertThat(problems.get("open")).isEqualTo("'perhaps' is not true or false");
		assertThat(problems.get("owner")).isEqualTo("is required");
	}

	@Test
	void parametersThatCanBeReadAreNoProblem() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/list");
		request.setParameter("page", "2");
		request.setParameter("rag", "AMBER");
		request.setParameter("dueBefore", "2026-03-31");
		request.setParameter("owner", "Virtual School Head");

		assertThat(parameters.problems(list, request)).isEmpty();
	}
}
