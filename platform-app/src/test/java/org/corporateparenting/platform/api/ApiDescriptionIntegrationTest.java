package org.corporateparenting.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The API description at {@code /v3/api-docs} is complete for every operation, whoever wrote its controller: what
 * Redocly's and Spectral's rulesets ask (CI runs both on docs/openapi.json), checked here too so that the build
 * fails without them. And docs/openapi.json, which the API client module is generated from, is the description the
 * platform serves.
 */
@PlatformTest
class ApiDescriptionIntegrationTest {

	/** The working directory of a module's tests is the module's own folder. */
	static final Path COMMITTED = Path.of("..", "docs", "openapi.json");

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/]+)}");

	private static final String PROBLEM = "#/components/schemas/Problem";

	@LocalServerPort
	int port;

	PlatformApi api;

	JsonNode description;

	@BeforeEach
	void setUp() {
		api = new PlatformApi(port);
		description = api.get("/v3/api-docs", null).json();
	}

	@Test
	void namesTheApiItsVersionAndWhomToAskAndHowToSignIn() {
		JsonNode info = description.get("info");
		assertThat(info.get("title").asString()).isEqualTo("Corporate Parenting Platform API");
		assertThat(info.get("version").asString()).isNotBlank();
		assertThat(info.get("description").asString()).contains("bearer token");
		assertThat(info.get("contact").get("name").asString()).isNotBlank();
		JsonNode schemes = description.get("components").get("securitySchemes");
		assertThat(schemes.get("oauth2").get("flows").get("clientCredentials").get("tokenUrl").asString())
			.isEqualTo("/oauth2/token");
		assertThat(schemes.get("bearer").get("scheme").asString()).isEqualTo("bearer");
		JsonNode problem = description.get("components").get("schemas").get("Problem").get("properties");
		assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "instance", "errors");
	}

	@Test
	void everyOperationHasItsSummaryTagPathParametersTokenAndProblems() {
		List<String> wrong = new ArrayList<>();
		Set<String> declaredTags = new HashSet<>();
		description.get("tags").forEach(tag -> declaredTags.add(tag.get("name").asString()));
		Set<String> operationIds = new HashSet<>();
		for (String path : description.get("paths").propertyNames()) {
			JsonNode item = description.get("paths").get(path);
			for (String method : item.propertyNames()) {
				JsonNode operation = item.get(method);
				String name = method.toUpperCase() + " " + path;
				if (operation.path("summary").asString("").isBlank()) {
					wrong.add(name + " has no summary");
				}
				if (operation.path("tags").isEmpty()
						|| !declaredTags.contains(operation.path("tags").get(0).asString())) {
					wrong.add(name + " has no declared tag");
				}
				if (!operationIds.add(operation.path("operationId").asString(""))) {
					wrong.add(name + " has an operationId another operation has");
				}
				Set<String> pathParameters = new HashSet<>();
				operation.path("parameters").forEach(parameter -> {
					if ("path".equals(parameter.path("in").asString(""))) {
						pathParameters.add(parameter.get("name").asString());
					}
				});
				Matcher variables = PATH_VARIABLE.matcher(path);
				while (variables.find()) {
					if (!pathParameters.contains(variables.group(1))) {
						wrong.add(name + " does not declare {" + variables.group(1) + "}");
					}
				}
				operation.path("requestBody").path("content").forEach(media -> {
					if (media.path("schema").isEmpty()) {
						wrong.add(name + " has a request body with no schema (see the log for a schema name two types share)");
					}
				});
				operation.path("responses").path("200").path("content").forEach(media -> {
					if (!media.has("schema")) {
						wrong.add(name + " answers with no schema (see the log for a schema name two types share)");
					}
				});
				if (operation.path("security").size() != 2) {
					wrong.add(name + " does not say it needs a token");
				}
				List<String> problems = new ArrayList<>(List.of("401", "403"));
				if (!pathParameters.isEmpty()) {
					problems.add("404");
				}
				if (operation.has("requestBody") || !operation.path("parameters").isEmpty()) {
					problems.add("400");
				}
				if (!method.equals("get")) {
					problems.add("409");
				}
				for (String status : problems) {
					JsonNode schema = operation.path("responses").path(status).path("content")
						.path("application/problem+json").path("schema");
					if (!PROBLEM.equals(schema.path("$ref").asString(""))) {
						wrong.add(name + " does not document its " + status + " problem");
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	/**
	 * A request's fields say what to send: a choice, a format (a date, an address) or an example in a council's own
	 * words. A request is what a request body refers to, and the records inside it.
	 */
	@Test
	void everyFieldOfARequestHasAChoiceAFormatOrAnExample() {
		JsonNode schemas = description.get("components").get("schemas");
		Set<String> requests = new TreeSet<>();
		List<JsonNode> unnamed = new ArrayList<>();
		description.get("paths").forEach(item -> item.forEach(operation -> operation.path("requestBody")
			.path("content")
			.forEach(media -> unnamed.add(media.path("schema")))));
		unnamed.forEach(schema -> referredTo(schema, schemas, requests));
		List<String> wrong = new ArrayList<>();
		requests.forEach(name -> fieldsWithoutExample(name, schemas.get(name), wrong));
		unnamed.stream().filter(schema -> !schema.has("$ref")).forEach(schema -> fieldsWithoutExample("a form", schema, wrong));

		assertThat(requests).contains("StrategyRequest", "ContactRequest", "Mapping");
		assertThat(wrong).isEmpty();
	}

	private static void referredTo(JsonNode node, JsonNode schemas, Set<String> names) {
		String ref = node.path("$ref").asString("");
		if (ref.startsWith("#/components/schemas/")) {
			String name = ref.substring(ref.lastIndexOf('/') + 1);
			if (names.add(name)) {
				referredTo(schemas.get(name), schemas, names);
			}
		}
		node.forEach(child -> referredTo(child, schemas, names));
	}

	private static void fieldsWithoutExample(String request, JsonNode schema, List<String> wrong) {
		schema.path("properties").properties().forEach(field -> {
			if (!saysWhatToSend(field.getValue())) {
				wrong.add(request + "." + field.getKey() + " has no enum, format or example");
			}
		});
		if (schema.path("additionalProperties").isObject() && !saysWhatToSend(schema.get("additionalProperties"))) {
			wrong.add(request + "'s values have no enum, format or example");
		}
	}

	private static boolean saysWhatToSend(JsonNode field) {
		if (field.has("$ref") || field.has("enum") || field.has("format") || field.has("example")
				|| field.has("examples")) {
			return true;
		}
		return field.has("items") && saysWhatToSend(field.get("items"));
	}

	@Test
	void everySchemaReferredToIsDescribed() {
		Set<String> schemas = new HashSet<>(description.get("components").get("schemas").propertyNames());
		Set<String> missing = new HashSet<>();
		Matcher refs = Pattern.compile("\"\\$ref\"\\s*:\\s*\"#/components/schemas/([^\"]+)\"").matcher(description.toString());
		while (refs.find()) {
			if (!schemas.contains(refs.group(1))) {
				missing.add(refs.group(1));
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void anActionIsDescribedWithTheStrategysFieldsAndAnAllocatedActionWithTheAlliances() {
		JsonNode schemas = description.get("components").get("schemas");
		assertThat(schemas.get("ActionRequest").get("properties").propertyNames()).contains("priorityId", "owner",
				"startDate", "ragOverride", "ragOverrideReason", "version");
		assertThat(schemas.get("AllocatedActionRequest").get("properties").propertyNames()).contains("seatId");
	}

	@Test
	void theDescriptionInDocsIsTheOneThePlatformServes() throws IOException {
		String served = api.get("/v3/api-docs", null).body().strip() + "\n";
		String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
		if (!committed.equals(served)) {
			Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
			fail("docs/openapi.json was not the description the platform serves. It has been written again: review the"
					+ " difference (git diff docs/openapi.json), commit it, and build again (the API client is generated"
					+ " from it)");
		}
	}
}
