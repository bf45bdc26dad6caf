package org.corporateparenting.tenancy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The JSON Schema of one of a council's files ({@code council.yaml}, {@code strategy.yaml} ...): every key the file
 * may hold, what it means and what it may be, in words for the council's officer, who can have their own editor
 * check the file as they write it. The module that reads the file keeps its schema beside its code, on the class path
 * at {@code schemas/strategy.schema.json}; the platform publishes it at {@code /schemas/strategy.schema.json}, and
 * checks each file of a bundle against it before the module's own checks.
 */
public final class CouncilFileSchema {

	/** Where the schemas are published; on the class path they are in a folder of the same name. */
	public static final String FOLDER = "/schemas/";

	/** How a file's schema is named: {@code strategy.yaml}'s is {@code strategy.schema.json}. */
	public static final String SUFFIX = ".schema.json";

	/**
	 * Draft 2020-12, with formats checked (a date must be a day of the calendar) and with editors' own message for a
	 * pattern ({@code patternErrorMessage}, which VS Code shows) known as an annotation, not an unknown keyword.
	 */
	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
			Dialect.builder(Dialects.getDraft202012())
				.keyword(new AnnotationKeyword(SchemaViolations.PATTERN_MESSAGE))
				.build(),
			registry -> registry
				.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private static final Map<String, CouncilFileSchema> LOADED = new ConcurrentHashMap<>();

	private final String file;

	private final byte[] content;

	private final JsonNode document;

	private final Schema schema;

	private CouncilFileSchema(String file, byte[] content) {
		this.file = file;
		this.content = content;
		this.document = JSON.readTree(content);
		this.schema = REGISTRY.getSchema(SchemaLocation.of("classpath:" + path(file)), document);
	}

	/**
	 * The schema of a file the platform reads, by the file's name.
	 *
	 * @throws IllegalStateException when no module keeps one for the file: every file the platform reads has one
	 */
	public static CouncilFileSchema of(String file) {
		return LOADED.computeIfAbsent(file, name -> new CouncilFileSchema(name, read(path(name))));
	}

	/** Where a file's schema is published, such as {@code /schemas/strategy.schema.json}. */
	public static String address(String file) {
		return FOLDER + file.replaceFirst("\\.ya?ml$", "") + SUFFIX;
	}

	private static String path(String file) {
		return address(file).substring(1);
	}

	private static byte[] read(String path) {
		try (InputStream in = CouncilFileSchema.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("No JSON Schema at " + path + " on the class path: the module that"
						+ " reads a council's file keeps the file's schema there");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The file it describes, such as {@code strategy.yaml}. */
	public String file() {
		return file;
	}

	public String address() {
		return address(file);
	}

	/** The schema as published. */
	public byte[] content() {
		return content.clone();
	}

	/**
	 * Every way the bundle's copy of the file breaks the schema, each with its line and field and said in words;
	 * empty when the file fits it (or is not in the bundle). A file that is not YAML at all is one problem, where
	 * reading it stopped.
	 */
	public List<BundleProblem> problems(CouncilBundle bundle) {
		byte[] yaml = bundle.file(file).orElse(null);
		if (yaml == null) {
			return List.of();
		}
		JsonNode tree;
		try {
			tree = YAML.readTree(yaml);
		}
		catch (JacksonException ex) {
			Integer line = ex.getLocation() == null ? null : ex.getLocation().getLineNr();
			return List.of(new BundleProblem(file, line, "file", ex.getOriginalMessage()));
		}
		if (tree == null || tree.isMissingNode() || tree.isNull()) {
			return List.of(new BundleProblem(file, 1, "file", "is empty"));
		}
		return new SchemaViolations(file, document, bundle).of(schema.validate(tree));
	}
}
