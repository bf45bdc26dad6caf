package org.corporateparenting.web.openapi;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.stereotype.Component;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * The versions of records as HTTP states them (see {@code web.VersionTags} and {@code web.IfMatch}): an answer that is
 * one versioned record has an {@code ETag}; an update ({@code PUT}, {@code PATCH}, {@code DELETE}) that takes a version also takes it as {@code If-Match}, and
 * answers 412 when that is stale.
 */
@Component
class ConditionalRequests implements GlobalOpenApiCustomizer {

	private static final String VERSION = "version";

	private static final String ETAG = "ETag";

	private static final String IF_MATCH = "IfMatch";

	private static final Set<HttpMethod> UPDATES = Set.of(HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

	@Override
	public void customise(OpenAPI api) {
		if (api.getPaths() == null) {
			return;
		}
		api.getComponents()
			.addHeaders(ETAG, new Header()
				.description("The record's version as an entity tag; send it back as `If-Match` to change it")
				.schema(new StringSchema().example("\"3\"")))
			.addParameters(IF_MATCH, new Parameter().in("header")
				.name("If-Match")
				.required(false)
				.description("The ETag read (`\"3\"`): the version this change is made to, in place of the `version` "
						+ "sent; if the record has changed since, the answer is 412")
				.schema(new StringSchema().example("\"3\"")));
		Map<String, Schema> schemas = api.getComponents().getSchemas();
		api.getPaths().values().forEach(item -> item.readOperationsMap().forEach((method, operation) -> {
			operation.getResponses().forEach((status, response) -> {
				if (status.startsWith("2") && versioned(response.getContent(), schemas)) {
					response.addHeaderObject(ETAG, new Header().$ref("#/components/headers/" + ETAG));
				}
			});
			if (UPDATES.contains(method) && takesVersion(operation, schemas)) {
				operation.addParametersItem(new Parameter().$ref("#/components/parameters/" + IF_MATCH));
				operation.getResponses()
					.addApiResponse("412", OperationProblems.problem(
							"The version in If-Match is stale, or this keeps no version to match"));
			}
		}));
	}

	private static boolean takesVersion(Operation operation, Map<String, Schema> schemas) {
		boolean inBody = operation.getRequestBody() != null && versioned(operation.getRequestBody().getContent(), schemas);
		boolean asParameter = operation.getParameters() != null && operation.getParameters()
			.stream()
			.anyMatch(parameter -> "query".equals(parameter.getIn()) && VERSION.equals(parameter.getName()));
		return inBody || asParameter;
	}

	private static boolean versioned(@Nullable Content content, @Nullable Map<String, Schema> schemas) {
		if (content == null || schemas == null) {
			return false;
		}
		return content.values().stream().map(media -> media.getSchema()).anyMatch(schema -> {
			Schema<?> resolved = schema != null && schema.get$ref() != null
					? schemas.get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1)) : schema;
			return resolved != null && resolved.getProperties() != null
					&& resolved.getProperties().containsKey(VERSION);
		});
	}
}
