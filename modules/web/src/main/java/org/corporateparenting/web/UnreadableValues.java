package org.corporateparenting.web;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import jakarta.validation.Validator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lists every field of a JSON request body that cannot be read (an unknown enum value, a date or a number that is
 * not one) together with every other field error, instead of stopping at the first. While an API request's body is
 * read, such a value is noted with its path as sent ({@code priorities[2].theme}) and read as empty; once read, the
 * body is checked with its Bean Validation annotations and everything wrong answers one 400. Outside reading a
 * request body the mapper fails as usual.
 */
@RestControllerAdvice(annotations = RestController.class)
class UnreadableValues extends RequestBodyAdviceAdapter implements JsonMapperBuilderCustomizer {

	private static final String NOTED = UnreadableValues.class.getName() + ".noted";

	private static final String CANNOT_READ = "has a value of the wrong type or format";

	private final Validator validator;

	UnreadableValues(Validator validator) {
		this.validator = validator;
	}

	@Override
	public void customize(JsonMapper.Builder builder) {
		builder.addHandler(new NoteAndReadAsEmpty());
	}

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(NOTED, new ArrayList<FieldProblem>(), RequestAttributes.SCOPE_REQUEST);
		}
		return input;
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		List<FieldProblem> unreadable = stopNoting();
		if (unreadable.isEmpty()) {
			return body;
		}
		Set<String> fields = unreadable.stream().map(FieldProblem::field).collect(Collectors.toSet());
		List<FieldProblem> problems = new ArrayList<>(unreadable);
		FieldProblem.of(validator.validate(body))
			.stream()
			.filter(problem -> !fields.contains(problem.field()))
			.forEach(problems::add);
		throw new InvalidInputException(problems);
	}

	@Override
	public @Nullable Object handleEmptyBody(@Nullable Object body, HttpInputMessage input, MethodParameter parameter,
			Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
		stopNoting();
		return body;
	}

	@SuppressWarnings("unchecked")
	private static List<FieldProblem> stopNoting() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return List.of();
		}
		Object noted = request.getAttribute(NOTED, RequestAttributes.SCOPE_REQUEST);
		request.removeAttribute(NOTED, RequestAttributes.SCOPE_REQUEST);
		return noted == null ? List.of() : (List<FieldProblem>) noted;
	}

	@SuppressWarnings("unchecked")
	private static @Nullable List<FieldProblem> noting() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		return request == null ? null
				: (List<FieldProblem>) request.getAttribute(NOTED, RequestAttributes.SCOPE_REQUEST);
	}

	/** The field being read, as the caller wrote it: {@code priorities[2].theme}. */
	static String path(TokenStreamContext context) {
		List<String> segments = new ArrayList<>();
		for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
			if (at.inArray()) {
				segments.addFirst("[" + Math.max(0, at.getCurrentIndex()) + "]");
			}
			else if (at.currentName() != null) {
				segments.addFirst(at.currentName());
			}
		}
		StringBuilder path = new StringBuilder();
		for (String segment : segments) {
			path.append(segment.startsWith("[") || path.isEmpty() ? "" : ".").append(segment);
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	private static final class NoteAndReadAsEmpty extends DeserializationProblemHandler {

		@Override
		public Object handleWeirdStringValue(DeserializationContext context, Class<?> targetType, String value,
				String failure) {
			return note(context.getParser());
		}

		@Override
		public Object handleWeirdNumberValue(DeserializationContext context, Class<?> targetType, Number value,
				String failure) {
			return note(context.getParser());
		}

		@Override
		public Object handleUnexpectedToken(DeserializationContext context, JavaType targetType, JsonToken token,
				JsonParser parser, String failure) {
			Object read = note(parser);
			if (read != NOT_HANDLED && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
				parser.skipChildren();
			}
			return read;
		}

		private static @Nullable Object note(JsonParser parser) {
			List<FieldProblem> noted = noting();
			if (noted == null) {
				return NOT_HANDLED;
			}
			noted.add(new FieldProblem(path(parser.streamReadContext()), CANNOT_READ));
			return null;
		}
	}
}
