package org.corporateparenting.web.openapi;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.stereotype.Component;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;

/**
 * The address of what a create made, as every 201 gives it in {@code Location}. A create says it answers 201 with
 * Spring's own {@code @ResponseStatus(HttpStatus.CREATED)}, which the description reads; its body is the record made.
 * That a handler so marked answers {@code ResponseEntity.created(...)}, and only such a handler, is checked by the
 * platform's {@code AnswerStatusesIntegrationTest}.
 */
@Component
class CreatedAddresses implements GlobalOpenApiCustomizer {

	private static final String LOCATION = "Location";

	@Override
	public void customise(OpenAPI api) {
		if (api.getPaths() == null) {
			return;
		}
		api.getComponents()
			.addHeaders(LOCATION, new Header().description("The address of the record made, to read it from; relative to this platform")
				.schema(new StringSchema().format("uri-reference").example("/api/councils/walsall/actions/12")));
		api.getPaths()
			.values()
			.forEach(item -> item.readOperations().forEach(operation -> {
				var created = operation.getResponses().get("201");
				if (created != null) {
					created.addHeaderObject(LOCATION, new Header().$ref("#/components/headers/" + LOCATION));
				}
			}));
	}
}
