package org.corporateparenting.tenancy.web;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import org.corporateparenting.tenancy.CouncilBundle;
import org.corporateparenting.tenancy.CouncilFileSchema;
import org.corporateparenting.tenancy.StarterImport;
import org.corporateparenting.web.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON Schema of each of a council's files, for anyone to read without signing in: a council's officer points
 * their editor at {@code /schemas/strategy.schema.json} and has the file checked as they write it, the same way the
 * platform checks it. Caches may keep a schema for an hour, and ask again with its ETag after that.
 */
@RestController
class CouncilFileSchemas {

	static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json");

	private static final CacheControl CACHED = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

	private final ObjectProvider<StarterImport> imports;

	CouncilFileSchemas(ObjectProvider<StarterImport> imports) {
		this.imports = imports;
	}

	@GetMapping(CouncilFileSchema.FOLDER + "{name}" + CouncilFileSchema.SUFFIX)
	ResponseEntity<byte[]> schema(@PathVariable String name) {
		CouncilFileSchema schema = published().get(CouncilFileSchema.address(name));
		if (schema == null) {
			throw new NotFoundException("No council file is described at " + CouncilFileSchema.address(name));
		}
		byte[] content = schema.content();
		return ResponseEntity.ok()
			.contentType(SCHEMA_JSON)
			.cacheControl(CACHED)
			.eTag(DigestUtils.md5DigestAsHex(content))
			.body(content);
	}

	/** {@code council.yaml}'s schema and the schema of each module's file, by address. */
	private Map<String, CouncilFileSchema> published() {
		Map<String, CouncilFileSchema> schemas = new TreeMap<>();
		schemas.put(CouncilFileSchema.address(CouncilBundle.COUNCIL), CouncilFileSchema.of(CouncilBundle.COUNCIL));
		imports.orderedStream().forEach(module -> schemas.putIfAbsent(module.schema().address(), module.schema()));
		return schemas;
	}
}
