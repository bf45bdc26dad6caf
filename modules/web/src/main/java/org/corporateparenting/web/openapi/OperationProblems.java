package org.corporateparenting.web.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.stereotype.Component;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * What every operation of the API has in common, added from its path and method so that no controller has to
 * state it: the path parameters its mapping has but its method does not take (the {@code {council}} of a
 * controller mapped to {@code /api/councils/{council}}), the bearer token it needs, and the problems it may answer
 * with, as the {@code Problem} schema. See docs/api.md for what each means.
 */
@Component
class OperationProblems implements GlobalOpenApiCustomizer {

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/]+)}");

	private static final String PROBLEM_JSON = "application/problem+json";

	private static final List<SecurityRequirement> TOKEN = List.of(
			new SecurityRequirement().addList(ApiDescription.OAUTH2), new SecurityRequirement().addList(ApiDescription.BEARER));

	static final String PROBLEM = "Problem";

	static final String FIELD_PROBLEM = "FieldProblem";

	@Override
	public void customise(OpenAPI api) {
		api.getComponents().addSchemas(PROBLEM, problem()).addSchemas(FIELD_PROBLEM, fieldProblem());
		if (api.getPaths() == null) {
			return;
		}
		nameOperations(api);
		TreeSet<String> tags = new TreeSet<>();
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			declarePathParameters(path, operation);
			describeKnownParameters(operation);
			operation.setSecurity(TOKEN);
			addProblems(path, method, operation);
			if (operation.getTags() != null) {
				tags.addAll(operation.getTags());
			}
		}));
		List<Tag> declared = api.getTags() == null ? new ArrayList<>() : new ArrayList<>(api.getTags());
		declared.stream().map(Tag::getName).toList().forEach(tags::remove);
		tags.forEach(name -> declared.add(new Tag().name(name)));
		api.setTags(declared);
	}

	/**
	 * Each operation's id is its method's name where no other controller has a method of that name, else the name
	 * with its controller's ({@code updateActions} for {@code ActionsApi.update}): the same on every start, where
	 * springdoc's own numbering ({@code update_3}) follows the order controllers happen to be found in.
	 */
	private static void nameOperations(OpenAPI api) {
		Map<Operation, OperationConventions.Handler> handlers = new LinkedHashMap<>();
		api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
			if (operation.getExtensions() != null
					&& operation.getExtensions().remove(OperationConventions.HANDLER) instanceof OperationConventions.Handler handler) {
				handlers.put(operation, handler);
				if (operation.getExtensions().isEmpty()) {
					operation.setExtensions(null);
				}
			}
		}));
		Map<String, Long> controllersByMethod = handlers.values()
			.stream()
			.distinct()
			.collect(Collectors.groupingBy(OperationConventions.Handler::method, Collectors.counting()));
		handlers.forEach((operation, handler) -> operation
			.setOperationId(controllersByMethod.get(handler.method()) > 1 ? handler.method() + handler.controller()
					: handler.method()));
	}

	private static void declarePathParameters(String path, Operation operation) {
		List<Parameter> missing = new ArrayList<>();
		Matcher variables = PATH_VARIABLE.matcher(path);
		while (variables.find()) {
			String name = variables.group(1);
			boolean declared = operation.getParameters() != null && operation.getParameters()
				.stream()
				.anyMatch(parameter -> "path".equals(parameter.getIn()) && name.equals(parameter.getName()));
			if (!declared) {
				missing.add(new Parameter().in("path").name(name).required(true).schema(new StringSchema()));
			}
		}
		if (!missing.isEmpty()) {
			// First, in the path's order: a generated client then takes the council before the record's id.
			if (operation.getParameters() != null) {
				missing.addAll(operation.getParameters());
			}
			operation.setParameters(missing);
		}
	}

	/** The council and the partnership are named alike everywhere; their pattern is the slug's. */
	private static void describeKnownParameters(Operation operation) {
		if (operation.getParameters() == null) {
			return;
		}
		for (Parameter parameter : operation.getParameters()) {
			if (parameter.getName() == null) {
				continue; // a reference to a parameter described once, such as If-Match
			}
			String example = switch (parameter.getName()) {
				case "council" -> "walsall";
				case "partnership" -> "west-midlands";
				default -> null;
			};
			if ("path".equals(parameter.getIn()) && example != null) {
				parameter.setDescription("The " + parameter.getName() + "'s slug, as in its address");
				parameter.setSchema(new StringSchema().pattern("^[a-z][a-z0-9-]*$").example(example));
			}
		}
	}

	private static void addProblems(String path, HttpMethod method, Operation operation) {
		boolean takesInput = operation.getRequestBody() != null
				|| operation.getParameters() != null && !operation.getParameters().isEmpty();
		boolean changes = method != HttpMethod.GET && method != HttpMethod.HEAD && method != HttpMethod.OPTIONS;
		Map<String, String> problems = new LinkedHashMap<>();
		if (takesInput) {
			problems.put("400", "Not valid: every field that is not is listed in `errors`");
		}
		problems.put("401", "No token, or one the platform does not accept (expired, wrong signature or audience)");
		problems.put("403", "The token gives no role that may do this, or the council is suspended");
		if (PATH_VARIABLE.matcher(path).find()) {
			problems.put("404", "Not found, or the token is of another council or partnership");
		}
		if (changes) {
			problems.put("409", "A stale version (someone changed it since it was read) or a clash with another record");
		}
		problems.forEach((status, description) -> {
			if (!operation.getResponses().containsKey(status)) {
				operation.getResponses().addApiResponse(status, problem(description));
			}
		});
	}

	static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<?> problem() {
		return new ObjectSchema().description("An RFC 9457 problem: what went wrong, and for a 400 every field that is "
				+ "not valid.")
			.addProperty("type", new StringSchema().format("uri")
				.description("What kind of problem; `urn:cpp:problem:invalid-input` for field errors")
				.example("urn:cpp:problem:invalid-input"))
			.addProperty("title", new StringSchema().description("A short summary of the kind").example("Invalid input"))
			.addProperty("status", new IntegerSchema().description("The HTTP status").example(400))
			.addProperty("detail", new StringSchema().description("What went wrong this time")
				.example("2 fields are not valid"))
			.addProperty("instance", new StringSchema().format("uri-reference")
				.description("The path that was called")
				.example("/api/councils/walsall/actions/12"))
			.addProperty("errors", new ArraySchema().items(new Schema().$ref("#/components/schemas/" + FIELD_PROBLEM))
				.description("Every field that is not valid (400 only), sorted by field"));
	}

	private static Schema<?> fieldProblem() {
		return new ObjectSchema().description("One field that is not valid")
			.addProperty("field", new StringSchema().description("The field's path as sent")
				.example("priorities[2].theme"))
			.addProperty("message", new StringSchema().description("What is wrong, for the person who filled it in")
				.example("Enter the theme"))
			.required(List.of("field", "message"));
	}
}
