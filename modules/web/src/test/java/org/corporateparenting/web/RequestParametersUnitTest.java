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
		Map<String, String> problems = parameters.problems(list, request("page", "x", "size", "y", "rag", "PURPLE",
				"dueBefore", "soon", "open", "perhaps"))
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
		assertThat(parameters.problems(list, request("page", "2", "rag", "AMBER", "dueBefore", "2026-03-31", "owner",
				"Virtual School Head"))).isEmpty();
	}

	/** A request for the list with these parameters: name, value, name, value... */
	private static MockHttpServletRequest request(String... parameters) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/list");
		for (int i = 0; i < parameters.length; i += 2) {
			request.setParameter(parameters[i], parameters[i + 1]);
		}
		return request;
	}
}
