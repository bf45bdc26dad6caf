package org.corporateparenting.tenancy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.corporateparenting.tenancy.BundleProblem;
import org.corporateparenting.tenancy.CouncilBundle;
import org.corporateparenting.tenancy.CouncilFileSchema;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Proof that a council file's published JSON Schema says what the module's record of the file reads: the same keys
 * at every level and no others, required exactly where the record will not do without a value ({@code @NotNull},
 * {@code @NotBlank}, {@code @NotEmpty}), a value of the same kind (text, whole number, date, list ...), the enum's
 * constants, the same bounds ({@code @Min}, {@code @Max}, {@code @Size}), and words for the officer on every key;
 * and that the demo councils' copies of the file fit it. Each module's test of its file extends this with the file and
 * the record. The schema may require more where the module's import refuses a missing value later, when the test
 * names it ({@link #requiredByTheImport()}).
 */
public abstract class SchemaAgreement {

	private static final Path TENANTS = Path.of("../../tenants");

	private static final Set<Class<? extends Annotation>> REQUIRING = Set.of(NotNull.class, NotBlank.class,
			NotEmpty.class);

	private final String file;

	private final Class<?> record;

	private final JsonNode document;

	private final List<String> disagreements = new ArrayList<>();

	/**
	 * @param file the council's file, such as {@code strategy.yaml}
	 * @param record the record the module reads the file into
	 */
	protected SchemaAgreement(String file, Class<?> record) {
		this.file = file;
		this.record = record;
		this.document = JsonMapper.builder().build().readTree(CouncilFileSchema.of(file).content());
	}

	/**
	 * Keys the schema requires though the record does not, because the module's import refuses the entry without
	 * them, by their place in the file: {@code local-indicators[].code}.
	 */
	protected Set<String> requiredByTheImport() {
		return Set.of();
	}

	@Test
	public void agreesWithTheRecordTheFileIsReadInto() {
		String id = document.path("$id").asString();
		expect(id.equals(CouncilFileSchema.address(file)), "$id", "is " + id + ", not the published address");
		expect(document.path("$schema").asString().equals("https://json-schema.org/draft/2020-12/schema"), "$schema",
				"is not draft 2020-12");
		compareObject(document, record, "");
		assertThat(disagreements).as("%s's schema against %s", file, record.getSimpleName()).isEmpty();
	}

	@Test
	public void theDemoCouncilsCopiesFitIt() {
		List<BundleProblem> problems = new ArrayList<>();
		List<Path> copies = demoCopies();
		for (Path copy : copies) {
			CouncilBundle bundle = CouncilBundle.of(Map.of(file, bytes(copy)));
			CouncilFileSchema.of(file)
				.problems(bundle)
				.forEach(problem -> problems.add(new BundleProblem(copy.toString(), problem.line(), problem.field(),
						problem.message())));
		}
		assertThat(copies).as("the demo councils' copies of %s", file).isNotEmpty();
		assertThat(problems).isEmpty();
	}

	private List<Path> demoCopies() {
		try (Stream<Path> councils = Files.list(TENANTS)) {
			return councils.map(council -> council.resolve(file)).filter(Files::exists).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void compareObject(JsonNode schema, Class<?> type, String place) {
		JsonNode object = resolve(schema);
		expect(type.isRecord(), place, type.getSimpleName() + " is not a record");
		expect(object.path("additionalProperties").isBoolean() && !object.path("additionalProperties").asBoolean(),
				place, "does not refuse unknown keys (additionalProperties: false)");
		Map<String, RecordComponent> components = new LinkedHashMap<>();
		for (RecordComponent component : type.getRecordComponents()) {
			components.put(jsonName(component), component);
		}
		Set<String> properties = new TreeSet<>(object.path("properties").propertyNames());
		expect(properties.equals(new TreeSet<>(components.keySet())), place,
				"has keys " + properties + " where " + type.getSimpleName() + " reads " + components.keySet());
		Set<String> required = new TreeSet<>();
		object.path("required").forEach(name -> required.add(name.asString()));
		Set<String> expected = new TreeSet<>();
		components.forEach((name, component) -> {
			if (requires(annotations(component)) || requiredByTheImport().contains(join(place, name))) {
				expected.add(name);
			}
		});
		expect(required.equals(expected), place, "requires " + required + " where the record requires " + expected);
		components.forEach((name, component) -> {
			JsonNode property = object.path("properties").path(name);
			if (property.isMissingNode()) {
				return;
			}
			String at = join(place, name);
			expect(!property.path("title").asString("").isBlank(), at, "has no title");
			expect(!property.path("description").asString("").isBlank(), at, "has no description");
			boolean nullable = !component.getType().isPrimitive() && !expected.contains(name);
			expect(types(merged(property)).contains("null") == nullable, at,
					nullable ? "may be left empty (null) in the record" : "may not be null");
			compareValue(property, component.getAnnotatedType(), annotations(component), at);
		});
	}

	private void compareValue(JsonNode schema, AnnotatedType annotated, List<Annotation> annotations, String place) {
		JsonNode merged = merged(schema);
		Class<?> raw = raw(annotated.getType());
		Set<String> types = types(merged);
		if (Collection.class.isAssignableFrom(raw)) {
			expect(types.contains("array"), place, "is not a list");
			AnnotatedType element = ((AnnotatedParameterizedType) annotated).getAnnotatedActualTypeArguments()[0];
			compareValue(merged.path("items"), element, List.of(element.getAnnotations()), place + "[]");
		}
		else if (Map.class.isAssignableFrom(raw)) {
			expect(types.contains("object"), place, "is not a map");
			AnnotatedType value = ((AnnotatedParameterizedType) annotated).getAnnotatedActualTypeArguments()[1];
			compareValue(merged.path("additionalProperties"), value, List.of(value.getAnnotations()), place + ".*");
		}
		else if (raw.isRecord()) {
			expect(types.contains("object"), place, "is not a group of fields");
			compareObject(schema, raw, place);
		}
		else if (raw.isEnum()) {
			List<String> constants = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
			List<String> values = merged.path("enum").valueStream().map(JsonNode::asString).toList();
			expect(values.equals(constants), place, "allows " + values + " where " + raw.getSimpleName() + " has "
					+ constants);
		}
		else {
			String kind = raw == String.class ? "string" : raw == LocalDate.class ? "string" : raw == BigDecimal.class
					? "number" : raw == Boolean.class ? "boolean" : "integer";
			expect(types.contains(kind), place, "is not of type " + kind + " as " + raw.getSimpleName() + " is");
			expect(raw != LocalDate.class || merged.path("format").asString("").equals("date"), place,
					"is not a date");
		}
		compareBounds(merged, annotations, place);
	}

	private void compareBounds(JsonNode schema, List<Annotation> annotations, String place) {
		for (Annotation annotation : annotations) {
			if (annotation instanceof Min min) {
				expect(schema.path("minimum").asLong(Long.MIN_VALUE) == min.value(), place, "has no minimum " + min.value());
			}
			else if (annotation instanceof Max max) {
				expect(schema.path("maximum").asLong(Long.MAX_VALUE) == max.value(), place, "has no maximum " + max.value());
			}
			else if (annotation instanceof Size size) {
				String keyword = types(schema).contains("array") ? "maxItems" : "maxLength";
				expect(schema.path(keyword).asInt(Integer.MAX_VALUE) == size.max(), place, "has no " + keyword);
			}
			else if (annotation instanceof NotBlank) {
				expect(schema.has("pattern") || schema.has("enum"), place, "allows blank text");
			}
			else if (annotation instanceof Pattern) {
				expect(schema.has("pattern"), place, "has no pattern, where the record has one");
			}
			else if (annotation instanceof NotEmpty) {
				expect(schema.path("minItems").asInt() == 1, place, "allows an empty list");
			}
		}
		if (schema.has("pattern")) {
			expect(schema.has("patternErrorMessage"), place, "does not say in words what its pattern wants");
		}
	}

	/** The schema where it is used, with what it refers to ({@code $ref}) filled in beneath it. */
	private JsonNode merged(JsonNode schema) {
		JsonNode referred = resolve(schema);
		if (referred == schema) {
			return schema;
		}
		ObjectNode merged = (ObjectNode) referred.deepCopy();
		schema.properties().forEach(entry -> merged.set(entry.getKey(), entry.getValue()));
		return merged;
	}

	private JsonNode resolve(JsonNode schema) {
		String ref = schema.path("$ref").asString("");
		return ref.startsWith("#") ? document.at(ref.substring(1)) : schema;
	}

	private static Set<String> types(JsonNode schema) {
		JsonNode type = schema.path("type");
		Set<String> types = new HashSet<>();
		if (type.isArray()) {
			type.forEach(each -> types.add(each.asString()));
		}
		else if (type.isString()) {
			types.add(type.asString());
		}
		return types;
	}

	private static boolean requires(List<Annotation> annotations) {
		return annotations.stream().anyMatch(annotation -> REQUIRING.contains(annotation.annotationType()));
	}

	/** A component's constraints: on its accessor (where Java puts them for a record) and on its type. */
	private static List<Annotation> annotations(RecordComponent component) {
		Set<Annotation> found = new LinkedHashSet<>(List.of(component.getAccessor().getAnnotations()));
		found.addAll(List.of(component.getAnnotatedType().getAnnotations()));
		return List.copyOf(found);
	}

	private static String jsonName(RecordComponent component) {
		JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
		return renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value();
	}

	private static Class<?> raw(Type type) {
		return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
	}

	private static String join(String place, String name) {
		return place.isEmpty() ? name : place + "." + name;
	}

	private void expect(boolean holds, String place, String disagreement) {
		if (!holds) {
			disagreements.add((place.isEmpty() ? file : place) + " " + disagreement);
		}
	}

	private static byte[] bytes(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
