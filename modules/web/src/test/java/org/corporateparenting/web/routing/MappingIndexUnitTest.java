package org.corporateparenting.web.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The index gives for a path exactly the mappings whose fixed words may fit it (what a walk of every mapping would
 * try), keeps one list for each shape of path, and keeps no more shapes than its bound however many paths it is shown.
 */
class MappingIndexUnitTest {

	private static final List<String> PATTERNS = List.of("/api/councils", "/api/councils/{council}",
			"/api/councils/{council}/actions/{id}", "/api/councils/{council}/actions/{id}/progress",
			"/api/councils/{council}/actions/overdue", "/api/councils/{council}/action-plans/{planId}/actions",
			"/api/councils/{council}/indicators", "/councils/{council}", "/councils/{council}/actions/{id}",
			"/docs/**", "/files/{*rest}");

	private final Map<RequestMappingInfo, HandlerMethod> handlers = handlers();

	private final MappingIndex index = MappingIndex.of(handlers);

	@Test
	void aPathsCandidatesAreTheMappingsWhoseFixedWordsFitIt() {
		assertThat(patterns(index.candidates(path("/api/councils/walsall/actions/12"))))
			.containsExactlyInAnyOrder("/api/councils/{council}/actions/{id}",
					"/api/councils/{council}/actions/{id}/progress", "/api/councils/{council}", "/api/councils",
					"/docs/**", "/files/{*rest}");
		assertThat(patterns(index.candidates(path("/councils/walsall"))))
			.containsExactlyInAnyOrder("/councils/{council}", "/councils/{council}/actions/{id}", "/docs/**",
					"/files/{*rest}");
		assertThat(patterns(index.candidates(path("/nowhere/at/all")))).containsExactlyInAnyOrder("/docs/**",
				"/files/{*rest}");
	}

	@Test
	void pathsOfOneShapeShareOneListOfCandidates() {
		MappingIndex.Mapping[] walsall = index.candidates(path("/api/councils/walsall/actions/12"));
		MappingIndex.Mapping[] wirral = index.candidates(path("/api/councils/wirral/actions/7"));
		MappingIndex.Mapping[] overdue = index.candidates(path("/api/councils/wirral/actions/overdue"));

		assertThat(wirral).isSameAs(walsall);
		assertThat(overdue).isNotSameAs(walsall);
		assertThat(index.shapesKept()).isEqualTo(2);
	}

	@Test
	void whateverThePathTheCandidatesAreWhatAWalkOfEveryMappingWouldTry() {
		Random random = new Random(13);
		List<String> words = List.of("api", "councils", "walsall", "actions", "overdue", "progress", "action-plans",
				"indicators", "docs", "files", "12", "", "ACTIONS", "actions;x=1");
		for (int i = 0; i < 20_000; i++) {
			String[] path = new String[random.nextInt(8)];
			for (int s = 0; s < path.length; s++) {
				path[s] = words.get(random.nextInt(words.size()));
			}
			List<RequestMappingInfo> walked = handlers.keySet()
				.stream()
				.filter(info -> new MappingIndex.Mapping(info, handlers.get(info), MappingIndex.wordsOf(info))
					.mayMatch(path))
				.toList();
			assertThat(Arrays.stream(index.candidates(path)).map(MappingIndex.Mapping::info).toList())
				.as(String.join("/", path))
				.containsExactlyInAnyOrderElementsOf(walked);
		}
		assertThat(index.shapesKept()).isLessThanOrEqualTo(MappingIndex.MOST_SHAPES_KEPT);
	}

	@Test
	void noMoreShapesAreKeptThanTheBoundHoweverManyPathsComeAndTheirCandidatesAreStillRight() {
		MappingIndex index = MappingIndex.of(handlers, 20);
		List<String> words = List.of("api", "councils", "actions", "overdue", "progress", "indicators", "x");
		int shown = 0;
		for (String a : words) {
			for (String b : words) {
				for (String c : words) {
					for (String d : words) {
						for (String e : words) {
							index.candidates(new String[] { a, b, c, d, e });
							shown++;
						}
					}
				}
			}
		}
		assertThat(shown).isGreaterThan(1_000);
		assertThat(index.shapesKept()).isEqualTo(20);
		assertThat(patterns(index.candidates(path("/api/councils/walsall/indicators"))))
			.contains("/api/councils/{council}/indicators")
			.doesNotContain("/api/councils/{council}/actions/{id}");
	}

	@Test
	void patternsWithNoVariablesAreKnownByTheirPath() {
		assertThat(index.isDirectPath("/api/councils")).isTrue();
		assertThat(index.isDirectPath("/api/councils/walsall")).isFalse();
	}

	private static List<String> patterns(MappingIndex.Mapping[] candidates) {
		return Arrays.stream(candidates)
			.map(candidate -> candidate.info().getPathPatternsCondition().getPatterns().iterator().next()
				.getPatternString())
			.toList();
	}

	private static String[] path(String path) {
		return path.substring(1).split("/", -1);
	}

	private static Map<RequestMappingInfo, HandlerMethod> handlers() {
		RequestMappingInfo.BuilderConfiguration config = new RequestMappingInfo.BuilderConfiguration();
		config.setPatternParser(PathPatternParser.defaultInstance);
		Map<RequestMappingInfo, HandlerMethod> handlers = new LinkedHashMap<>();
		for (String pattern : PATTERNS) {
			try {
				handlers.put(RequestMappingInfo.paths(pattern).options(config).build(),
						new HandlerMethod(new Handler(), Handler.class.getMethod("handle")));
			}
			catch (NoSuchMethodException e) {
				throw new IllegalStateException(e);
			}
		}
		return handlers;
	}

	public static class Handler {

		public void handle() {
		}
	}
}
