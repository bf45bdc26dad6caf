package org.corporateparenting.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

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

	private static final String SENT = UnreadableValues.class.getName() + ".sent";

	private static final String CANNOT_READ = "has a value of the wrong type or format";

	/** More values that cannot be read than any request has fields: the rest is left unnamed. */
	private static final int MAX_ATTEMPTS = 200;

	/** The application's mapper, as the request bodies are read with it (this customizes it, so it is asked for late). */
	private final ObjectProvider<JsonMapper> mapper;

	private final Validator validator;

	UnreadableValues(Validator validator, ObjectProvider<JsonMapper> mapper) {
		this.validator = validator;
		this.mapper = mapper;
	}

	/** The body as sent, and what it was read as. */
	private record Sent(byte[] body, Type type) {
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
			Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return input;
		}
		request.setAttribute(NOTED, new ArrayList<FieldProblem>(), RequestAttributes.SCOPE_REQUEST);
		byte[] body = input.getBody().readAllBytes();
		request.setAttribute(SENT, new Sent(body, targetType), RequestAttributes.SCOPE_REQUEST);
		return new HttpInputMessage() {

			@Override
			public InputStream getBody() {
				return new ByteArrayInputStream(body);
			}

			@Override
			public HttpHeaders getHeaders() {
				return input.getHeaders();
			}
		};
	}

	/**
	 * After a body could not be read at all (a value its reader cannot even skip, such as an array where a date is
	 * expected, or an unknown choice in a set): reads it again with each such value taken out, naming each, until the
	 * rest reads, and lists them with every other field error of what was read. Empty when the body is not JSON.
	 */
	List<FieldProblem> readAgain() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Sent sent = request == null ? null : (Sent) request.getAttribute(SENT, RequestAttributes.SCOPE_REQUEST);
		if (sent == null) {
			return List.of();
		}
		JsonMapper json = mapper.getObject();
		JsonNode tree;
		try {
			tree = json.readTree(sent.body());
		}
		catch (JacksonException ex) {
			return List.of();
		}
		Map<String, FieldProblem> problems = new LinkedHashMap<>();
		for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			List<FieldProblem> noted = new ArrayList<>();
			request.setAttribute(NOTED, noted, RequestAttributes.SCOPE_REQUEST);
			try {
				Object body = json.readerFor(json.constructType(sent.type())).readValue(tree);
				noted.forEach(problem -> problems.putIfAbsent(problem.field(), problem));
				FieldProblem.of(validator.validate(body)).forEach(problem -> problems.putIfAbsent(problem.field(), problem));
				return List.copyOf(problems.values());
			}
			catch (JacksonException ex) {
				String field = ApiProblems.path(ex);
				problems.putIfAbsent(field, new FieldProblem(field.isEmpty() ? "body" : field, CANNOT_READ));
				if (field.isEmpty() || !takeOut(tree, ex.getPath())) {
					noted.forEach(problem -> problems.putIfAbsent(problem.field(), problem));
					return List.copyOf(problems.values());
				}
			}
			finally {
				request.removeAttribute(NOTED, RequestAttributes.SCOPE_REQUEST);
			}
		}
		return List.copyOf(problems.values());
	}

	/** Takes the value at this path out of the tree: empty in an object, gone from an array. */
	private static boolean takeOut(JsonNode tree, List<JacksonException.Reference> path) {
		JsonNode parent = tree;
		for (int i = 0; i < path.size() - 1 && parent != null; i++) {
			JacksonException.Reference step = path.get(i);
			parent = step.getPropertyName() != null ? parent.get(step.getPropertyName()) : parent.get(step.getIndex());
		}
		JacksonException.Reference last = path.getLast();
		if (parent instanceof ObjectNode object && last.getPropertyName() != null && object.has(last.getPropertyName())
				&& !object.get(last.getPropertyName()).isNull()) {
			object.putNull(last.getPropertyName());
			return true;
		}
		if (parent instanceof ArrayNode array && last.getIndex() >= 0 && last.getIndex() < array.size()) {
			array.remove(last.getIndex());
			return true;
		}
		return false;
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

		/** The body itself is of the wrong kind (an array for a record): no field to name, and nothing to read as empty. */
		private static boolean whole(@Nullable TokenStreamContext context) {
			return context == null || context.inRoot() || context.getParent() != null && context.getParent().inRoot()
					&& context.getCurrentIndex() < 0 && context.currentName() == null;
		}

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
			if (noted == null || whole(parser.streamReadContext())) {
				return NOT_HANDLED;
			}
			noted.add(new FieldProblem(path(parser.streamReadContext()), CANNOT_READ));
			return null;
		}
	}
}
