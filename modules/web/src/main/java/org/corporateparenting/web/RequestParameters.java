package org.corporateparenting.web;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.beans.SimpleTypeConverter;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

/**
 * Every request parameter of an API call that its handler cannot take, named as sent: a page that is not a number, an
 * unknown choice, a date that is not one, a required one left out. Spring stops at the first it cannot convert; once
 * one is wrong, this checks them all with the same conversion, so that one 400 lists every one ({@link ApiProblems},
 * {@link SortedLists}).
 */
@Component
class RequestParameters {

	private static final int LONGEST_VALUE_SHOWN = 40;

	private final ParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();

	private final ConversionService conversion;

	/** Lazy: the MVC configuration that makes this conversion service asks, as it is made, for what uses this. */
	RequestParameters(@Lazy @Qualifier("mvcConversionService") ConversionService conversion) {
		this.conversion = conversion;
	}

	/** What is wrong with each request parameter the handler takes, in the order it takes them. */
	List<FieldProblem> problems(HandlerMethod handler, HttpServletRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		String[] parameterNames = names.getParameterNames(handler.getMethod());
		for (MethodParameter parameter : handler.getMethodParameters()) {
			RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
			Class<?> type = parameter.nestedIfOptional().getNestedParameterType();
			if (annotation == null || Map.class.isAssignableFrom(type) || MultipartFile.class.isAssignableFrom(type)
					|| Part.class.isAssignableFrom(type) || parameter.getNestedGenericParameterType().getTypeName()
						.contains(MultipartFile.class.getName())) {
				continue;
			}
			String name = !annotation.name().isEmpty() ? annotation.name()
					: parameterNames != null ? parameterNames[parameter.getParameterIndex()] : null;
			if (name == null) {
				continue;
			}
			String[] values = request.getParameterValues(name);
			if (values == null) {
				if (annotation.required() && ValueConstants.DEFAULT_NONE.equals(annotation.defaultValue())
						&& !parameter.isOptional()) {
					problems.add(new FieldProblem(name, "is required"));
				}
				continue;
			}
			problem(name, values, parameter).ifPresent(problems::add);
		}
		return problems;
	}

	private Optional<FieldProblem> problem(String name, String[] values, MethodParameter parameter) {
		SimpleTypeConverter converter = new SimpleTypeConverter();
		converter.setConversionService(conversion);
		MethodParameter nested = parameter.nestedIfOptional();
		try {
			converter.convertIfNecessary(values.length == 1 ? values[0] : values, nested.getNestedParameterType(),
					nested);
			return Optional.empty();
		}
		catch (TypeMismatchException ex) {
			String sent = String.join(",", values);
			return Optional.of(new FieldProblem(name, message(sent, nested.getNestedParameterType())));
		}
	}

	/** What is wrong with a value sent for a parameter of this type, with the value as sent (shortened). */
	static String message(String sent, Class<?> type) {
		String shown = "'" + (sent.length() > LONGEST_VALUE_SHOWN ? sent.substring(0, LONGEST_VALUE_SHOWN) + "..." : sent)
				+ "'";
		if (type.isEnum()) {
			return shown + " is not one of: " + Arrays.stream(type.getEnumConstants())
				.map(constant -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", "));
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class
				|| type == short.class || type == Short.class) {
			return shown + " is not a whole number";
		}
		if (type.isPrimitive() && type != boolean.class || Number.class.isAssignableFrom(type)) {
			return shown + " is not a number";
		}
		if (type == boolean.class || type == Boolean.class) {
			return shown + " is not true or false";
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return shown + " is not a date such as 2026-03-31";
		}
		return shown + " has the wrong type or format";
	}
}
