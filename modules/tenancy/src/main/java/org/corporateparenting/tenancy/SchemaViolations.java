package org.corporateparenting.tenancy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;

import tools.jackson.databind.JsonNode;

/**
 * A file's breaches of its schema in the words of the platform's other checks ({@code dueDate} "must be a date such
 * as 2024-03-31"), each with its field and line, rather than in the validator's JSON Pointers and keywords. A message
 * a schema gives for its own pattern ({@code patternErrorMessage}) is the one the officer's editor shows too.
 */
final class SchemaViolations {

	/** The keyword with which a schema says, in words, what its pattern wants. */
	static final String PATTERN_MESSAGE = "patternErrorMessage";

	/** The pattern of text that may not be blank, whose message is no help to a value that is not text at all. */
	private static final String NOT_BLANK = "\\S";

	private static final Map<String, String> KINDS = Map.of("string", "text", "integer", "a whole number", "number",
			"a number", "boolean", "true or false", "array", "a list", "object", "a group of fields (key: value)");

	private final String file;

	private final JsonNode document;

	private final CouncilBundle bundle;

	SchemaViolations(String file, JsonNode document, CouncilBundle bundle) {
		this.file = file;
		this.document = document;
		this.bundle = bundle;
	}

	/** One problem per field and message: a value can break a rule twice (a date's pattern and its format). */
	List<BundleProblem> of(List<Error> errors) {
		Map<String, BundleProblem> problems = new LinkedHashMap<>();
		for (Error error : errors) {
			String field = field(error);
			String message = message(error);
			problems.putIfAbsent(field + "\n" + message,
					new BundleProblem(file, bundle.line(file, field).orElse(null), field, message));
		}
		return new ArrayList<>(problems.values());
	}

	/** {@code actionPlans[0].actions[2].dueDate}; a missing or unknown key is named under the entry it is in. */
	private static String field(Error error) {
		StringBuilder field = new StringBuilder();
		NodePath path = error.getInstanceLocation();
		for (int i = 0; i < path.getNameCount(); i++) {
			Object step = path.getElement(i);
			if (step instanceof Integer index) {
				field.append('[').append(index).append(']');
			}
			else {
				field.append(field.isEmpty() ? "" : ".").append(step);
			}
		}
		if (Set.of("required", "additionalProperties").contains(error.getKeyword()) && error.getProperty() != null) {
			field.append(field.isEmpty() ? "" : ".").append(error.getProperty());
		}
		return field.isEmpty() ? "file" : field.toString();
	}

	private String message(Error error) {
		JsonNode rule = rule(error);
		return switch (error.getKeyword()) {
			case "required" -> "is required";
			case "additionalProperties" -> "is not a field of " + file + "; the fields here are "
					+ String.join(", ", rule.path("properties").propertyNames());
			case "type" -> type(error, rule);
			case "enum" -> "must be one of " + rule.path("enum")
				.valueStream()
				.map(JsonNode::asString)
				.collect(Collectors.joining(", "));
			case "pattern", "format" -> rule.path(PATTERN_MESSAGE).asString(error.getMessage());
			case "minimum", "maximum" -> range(rule);
			case "minItems" -> "needs at least one " + itemName(rule);
			case "maxLength" -> "must be " + rule.path("maxLength").asInt() + " characters or fewer";
			default -> error.getMessage();
		};
	}

	/**
	 * A null where a value is needed is a missing value. A value of another kind where text of a form is needed (a
	 * date, a year) is not of that form, in the form's own words. YAML reads {@code 2024} or {@code true} as a number
	 * or a yes-or-no, so where text is needed, say how to write it as text. Otherwise say what the value must be.
	 */
	private String type(Error error, JsonNode rule) {
		NodePath place = error.getInstanceLocation();
		JsonNode value = error.getInstanceNode();
		if (value == null || value.isNull()) {
			return place.getElement(place.getNameCount() - 1) instanceof Integer ? "is empty" : "is required";
		}
		JsonNode described = resolve(rule);
		if (described.has(PATTERN_MESSAGE) && !described.path("pattern").asString().equals(NOT_BLANK)) {
			return described.path(PATTERN_MESSAGE).asString();
		}
		JsonNode types = rule.path("type");
		String kind = (types.isArray() ? types.get(0) : types).asString();
		if (kind.equals("string") && value.isValueNode()) {
			return "must be text: write it in quotes, such as \"" + value.asString() + "\"";
		}
		return "must be " + KINDS.getOrDefault(kind, kind);
	}

	private static String range(JsonNode rule) {
		if (rule.has("minimum") && rule.has("maximum")) {
			return "must be " + rule.get("minimum").asString() + " to " + rule.get("maximum").asString();
		}
		return rule.has("minimum") ? "must be " + rule.get("minimum").asString() + " or more"
				: "must be " + rule.get("maximum").asString() + " or fewer";
	}

	/** What a list holds, by its entries' title: "needs at least one pledge set". */
	private String itemName(JsonNode rule) {
		String title = resolve(rule.path("items")).path("title").asString("entry");
		boolean acronym = title.length() > 1 && Character.isUpperCase(title.charAt(1));
		return acronym ? title : Character.toLowerCase(title.charAt(0)) + title.substring(1);
	}

	/** The part of the schema that holds the keyword broken: the keyword's place, less its last step. */
	private JsonNode rule(Error error) {
		NodePath place = error.getSchemaLocation().getFragment();
		StringBuilder pointer = new StringBuilder();
		for (int i = 0; i < place.getNameCount() - 1; i++) {
			pointer.append('/').append(place.getName(i).replace("~", "~0").replace("/", "~1"));
		}
		return document.at(pointer.toString());
	}

	private JsonNode resolve(JsonNode schema) {
		String ref = schema.path("$ref").asString("");
		return ref.startsWith("#") ? document.at(ref.substring(1)) : schema;
	}
}
