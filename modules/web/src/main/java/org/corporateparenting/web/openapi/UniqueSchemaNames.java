package org.corporateparenting.web.openapi;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Refuses to describe two of the platform's types under one schema name. The description names a schema by its
 * type's simple name, so a second {@code ActionRequest} in another module would silently take the first one's
 * place, and every operation using either would be described with the fields of one. Describing the API then
 * fails, naming both types, and one of them is renamed (or given {@code @Schema(name = ...)}).
 */
@Component
class UniqueSchemaNames implements ModelConverter {

	private final Map<String, Class<?>> named = new ConcurrentHashMap<>();

	@Override
	public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
		if (raw != null && raw.getName().startsWith("org.corporateparenting.") && !raw.isEnum()) {
			io.swagger.v3.oas.annotations.media.Schema annotation = raw
				.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
			String name = annotation != null && !annotation.name().isBlank() ? annotation.name() : raw.getSimpleName();
			Class<?> earlier = named.putIfAbsent(name, raw);
			if (earlier != null && earlier != raw) {
				throw new IllegalStateException("Two types would both be described as the schema " + name + ": "
						+ earlier.getName() + " and " + raw.getName() + ". Rename one, or name its schema with @Schema(name = ...).");
			}
		}
		return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
	}
}
