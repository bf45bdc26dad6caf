package org.corporateparenting.web.openapi;

import java.util.Locale;
import java.util.Map;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.stereotype.Component;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

/**
 * An example on every field of a request whose kind says what one looks like, where its type states none: a choice
 * its first value, a date, a time, an email address, a version, a record's id. A request is a schema named
 * {@code ...Request}.
 */
@Component
class RequestExamples implements GlobalOpenApiCustomizer {

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public void customise(OpenAPI api) {
		if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
			return;
		}
		api.getComponents().getSchemas().forEach((name, schema) -> {
			if (name.endsWith("Request") && schema.getProperties() != null) {
				((Map<String, Schema>) schema.getProperties()).forEach(RequestExamples::example);
			}
		});
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void example(String field, Schema property) {
		if (property.getExample() != null || property.get$ref() != null) {
			return;
		}
		if (property.getItems() != null) {
			example(field, property.getItems());
			return;
		}
		Object example = null;
		if (property.getEnum() != null && !property.getEnum().isEmpty()) {
			example = property.getEnum().getFirst();
		}
		else if ("date".equals(property.getFormat())) {
			example = "2025-04-01";
		}
		else if ("date-time".equals(property.getFormat())) {
			example = "2025-04-01T09:30:00Z";
		}
		else if ("email".equals(property.getFormat()) || field.toLowerCase(Locale.ROOT).endsWith("email")) {
			example = "corporate.parenting@walsall.example";
		}
		else if ("version".equals(field)) {
			example = 3;
		}
		else if (field.endsWith("Id") && isInteger(property)) {
			example = 12;
		}
		if (example != null) {
			property.setExample(example);
		}
	}

	private static boolean isInteger(Schema<?> property) {
		return "integer".equals(property.getType())
				|| property.getTypes() != null && property.getTypes().contains("integer");
	}
}
