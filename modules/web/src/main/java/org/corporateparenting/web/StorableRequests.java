package org.corporateparenting.web;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import jakarta.validation.Validator;

/**
 * Every JSON request body, once read, is checked for what the database cannot hold ({@link StorableText}): each problem
 * answered as a 400 field error before any service sees the request, so nothing is half-written. The request's own
 * constraints are checked too (as the service would), so that the answer lists every problem at once.
 */
@ControllerAdvice
class StorableRequests extends RequestBodyAdviceAdapter {

	private final ObjectProvider<Validator> validator;

	StorableRequests(ObjectProvider<Validator> validator) {
		this.validator = validator;
	}

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		List<FieldProblem> problems = new ArrayList<>(StorableText.problems(body));
		if (problems.isEmpty()) {
			return body;
		}
		Validator checks = validator.getIfAvailable();
		if (checks != null) {
			FieldProblem.of(checks.validate(body))
				.stream()
				.filter(problem -> problems.stream().noneMatch(known -> known.field().equals(problem.field())))
				.forEach(problems::add);
		}
		throw new InvalidInputException(problems);
	}
}
