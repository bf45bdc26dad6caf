package org.corporateparenting.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;

/**
 * Every operation is described with the status its handler answers, so that a client generated from the description
 * expects what comes: a create 201 with the record's address in {@code Location} and the record made, an action its
 * own answer (200, or 202 for work done in the background), a removal 204.
 * <p>
 * What a handler answers is read from its source, by the one rule this codebase follows: a handler sets a status other
 * than 200 in its own body, with {@code ResponseEntity.created(...)}, {@code accepted()}, {@code noContent()} or
 * {@code status(HttpStatus...)}. What the description says comes from the handler's
 * {@code @ResponseStatus}. The two have to agree, and the description has to say exactly that status, for every
 * operation it describes.
 */
@PlatformTest
class AnswerStatusesIntegrationTest {

	/** The modules' sources, seen from this module's folder (its tests' working directory), which has its own. */
	static final Path MODULES = Path.of("..", "modules");

	private static final Pattern STATUS = Pattern.compile("ResponseEntity\\.status\\(HttpStatus\\.(\\w+)\\)");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyOperationIsDescribedWithTheStatusItsHandlerAnswersAndEveryCreateWithItsAddress() {
		JsonNode description = new PlatformApi(port).get("/v3/api-docs", null).json();
		List<String> wrong = new ArrayList<>();
		Set<String> described = new TreeSet<>();
		Set<String> creates = new TreeSet<>();
		mappings.getHandlerMethods().forEach((mapping, handler) -> {
			for (String path : mapping.getPatternValues()) {
				for (RequestMethod method : mapping.getMethodsCondition().getMethods()) {
					JsonNode operation = description.get("paths").path(path).path(method.name().toLowerCase(Locale.ROOT));
					if (operation.isMissingNode()) {
						continue; // a page, or the sign-in: not part of the API
					}
					String name = method + " " + path + " (" + handler.getShortLogMessage() + ")";
					described.add(method + " " + path);
					int answered = answered(handler);
					int stated = stated(handler);
					if (answered != stated) {
						wrong.add(name + " answers " + answered + " but says @ResponseStatus " + stated);
					}
					Set<String> successes = new TreeSet<>();
					operation.path("responses").propertyNames().forEach(status -> {
						if (status.startsWith("2")) {
							successes.add(status);
						}
					});
					if (!successes.equals(Set.of(String.valueOf(answered)))) {
						wrong.add(name + " answers " + answered + " but is described as answering " + successes);
					}
					if (answered == HttpStatus.CREATED.value()) {
						creates.add(method + " " + path);
						JsonNode created = operation.path("responses").path("201");
						if (!"#/components/headers/Location".equals(created.at("/headers/Location/$ref").asString(""))) {
							wrong.add(name + " does not describe the Location of what it made");
						}
						if (!created.at("/content/application~1json/schema").isObject()) {
							wrong.add(name + " does not describe the record it made");
						}
					}
				}
			}
		});

		assertThat(wrong).isEmpty();
		assertThat(described).as("every operation described was checked").hasSize(operations(description));
		assertThat(creates).contains("POST /api/councils/{council}/strategies",
				"POST /api/councils/{council}/action-plans/{planId}/actions", "POST /api/admin/councils");
		assertThat(description.at("/components/headers/Location/schema/format").asString()).isEqualTo("uri-reference");
	}

	private static int stated(HandlerMethod handler) {
		ResponseStatus status = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ResponseStatus.class);
		return status == null ? HttpStatus.OK.value() : status.code().value();
	}

	/** The status the handler's own body answers with, by the rule above; 200 when it sets none. */
	private static int answered(HandlerMethod handler) {
		String body = body(handler);
		Set<Integer> statuses = new TreeSet<>();
		if (body.contains("ResponseEntity.created(")) {
			statuses.add(HttpStatus.CREATED.value());
		}
		if (body.contains("ResponseEntity.accepted()")) {
			statuses.add(HttpStatus.ACCEPTED.value());
		}
		if (body.contains("ResponseEntity.noContent()")) {
			statuses.add(HttpStatus.NO_CONTENT.value());
		}
		Matcher set = STATUS.matcher(body);
		while (set.find()) {
			statuses.add(HttpStatus.valueOf(set.group(1)).value());
		}
		assertThat(statuses).as(handler + " answers one status, or the description cannot say which").hasSizeLessThan(2);
		return statuses.isEmpty() ? HttpStatus.OK.value() : statuses.iterator().next();
	}

	/**
	 * The handler method's declaration and body in its controller's source: from the line that declares it (one tab
	 * in, as the formatter lays out a class's members) to the line that closes it. Overloads are read together.
	 */
	private static String body(HandlerMethod handler) {
		List<String> lines = source(handler.getBeanType());
		Pattern declaration = Pattern.compile("^\t[\\w<>?,. \\[\\]]+\\s" + handler.getMethod().getName() + "\\(.*");
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < lines.size(); i++) {
			if (declaration.matcher(lines.get(i)).matches()) {
				for (int j = i; j < lines.size() && !lines.get(j).equals("\t}"); j++) {
					body.append(lines.get(j)).append('\n');
				}
			}
		}
		assertThat(body).as("the source of " + handler).isNotEmpty();
		return body.toString();
	}

	private static List<String> source(Class<?> controller) {
		String file = controller.getName().replace('.', '/') + ".java";
		try (Stream<Path> modules = Files.list(MODULES)) {
			Path found = Stream.concat(modules, Stream.of(Path.of(".")))
				.map(module -> module.resolve("src/main/java").resolve(file))
				.filter(Files::exists)
				.findFirst()
				.orElseThrow(() -> new AssertionError("No source for " + controller.getName()));
			return Files.readAllLines(found);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int operations(JsonNode description) {
		int count = 0;
		for (String path : description.get("paths").propertyNames()) {
			count += description.get("paths").get(path).size();
		}
		return count;
	}
}
