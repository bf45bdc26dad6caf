package org.corporateparenting.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The Kubernetes objects {@code helm template} printed, read as YAML documents so tests can ask for them by kind. */
record Manifests(List<JsonNode> objects) {

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	static Manifests parse(String rendered) {
		List<JsonNode> objects = YAML.readerFor(JsonNode.class)
			.<JsonNode>readValues(rendered)
			.readAll()
			.stream()
			.filter(Objects::nonNull)
			.filter(object -> object.has("kind"))
			.toList();
		return new Manifests(objects);
	}

	List<JsonNode> all(String kind) {
		return objects.stream().filter(object -> kind.equals(object.path("kind").asString())).toList();
	}

	JsonNode one(String kind) {
		List<JsonNode> found = all(kind);
		assertThat(found).as("rendered objects of kind %s", kind).hasSize(1);
		return found.getFirst();
	}

	/** The containers of every workload (Deployment and Job), where environment variables are set. */
	Stream<JsonNode> containers() {
		return Stream.concat(all("Deployment").stream(), all("Job").stream())
			.flatMap(workload -> workload.at("/spec/template/spec/containers").valueStream());
	}
}
