package org.corporateparenting.web.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The mappings a path may match, found without trying every mapping. Which mappings {@link LiteralSegments} lets
 * through depends only on the path's length and, at each position, on whether its segment is one of the fixed words
 * some pattern has there (and which): any other segment equals no pattern's word. So a path is reduced to that
 * shape, and each shape's candidates are worked out once and kept: "/api/councils/walsall/actions/12" and
 * ".../wirral/actions/7" share theirs. Mappings whose patterns cannot be told apart so ({@code **}, no pattern) are
 * candidates for every path. The candidates are exactly the mappings a walk of every mapping with
 * {@link LiteralSegments} would have tried, so the handler found is the same.
 */
final class MappingIndex {

	/** Enough for every shape the platform's own addresses take; beyond it, shapes are worked out but not kept. */
	static final int MOST_SHAPES_KEPT = 4_096;

	/** A mapping and the handler it maps to, with its patterns' fixed words (null: tried for every path). */
	record Mapping(RequestMappingInfo info, HandlerMethod handler, LiteralSegments @Nullable [] words) {

		boolean mayMatch(String[] path) {
			if (words == null) {
				return true;
			}
			for (LiteralSegments pattern : words) {
				if (pattern.mayMatch(path)) {
					return true;
				}
			}
			return false;
		}
	}

	private final List<Mapping> mappings;

	/** The patterns with no variables: Spring MVC looks these up by the path itself, before any other. */
	private final Set<String> directPaths;

	/** At each position, the fixed words some pattern has there. */
	private final List<Set<String>> vocabulary;

	private final Map<Shape, Mapping[]> candidates = new ConcurrentHashMap<>();

	private final int mostShapesKept;

	private MappingIndex(List<Mapping> mappings, Set<String> directPaths, List<Set<String>> vocabulary,
			int mostShapesKept) {
		this.mappings = mappings;
		this.mostShapesKept = mostShapesKept;
		this.directPaths = directPaths;
		this.vocabulary = vocabulary;
	}

	static MappingIndex of(Map<RequestMappingInfo, HandlerMethod> handlers) {
		return of(handlers, MOST_SHAPES_KEPT);
	}

	static MappingIndex of(Map<RequestMappingInfo, HandlerMethod> handlers, int mostShapesKept) {
		List<Mapping> mappings = new ArrayList<>();
		Set<String> directPaths = new HashSet<>();
		Map<Integer, Set<String>> words = new HashMap<>();
		handlers.forEach((info, handler) -> {
			directPaths.addAll(info.getDirectPaths());
			LiteralSegments[] fixed = wordsOf(info);
			mappings.add(new Mapping(info, handler, fixed));
			if (fixed != null) {
				for (LiteralSegments pattern : fixed) {
					for (int i = 0; i < pattern.positions().length; i++) {
						words.computeIfAbsent(pattern.positions()[i], position -> new HashSet<>()).add(pattern.words()[i]);
					}
				}
			}
		});
		int longest = words.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
		List<Set<String>> vocabulary = new ArrayList<>();
		for (int position = 0; position < longest; position++) {
			vocabulary.add(Set.copyOf(words.getOrDefault(position, Set.of())));
		}
		return new MappingIndex(List.copyOf(mappings), Set.copyOf(directPaths), List.copyOf(vocabulary),
				mostShapesKept);
	}

	/** Each of the mapping's patterns' fixed words; null when any pattern's cannot be told (always tried). */
	static LiteralSegments @Nullable [] wordsOf(RequestMappingInfo info) {
		PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
		if (patterns == null || patterns.getPatterns().isEmpty()) {
			return null;
		}
		List<LiteralSegments> fixed = new ArrayList<>();
		for (PathPattern pattern : patterns.getPatterns()) {
			LiteralSegments segments = LiteralSegments.of(pattern);
			if (segments == null) {
				return null;
			}
			fixed.add(segments);
		}
		return fixed.toArray(LiteralSegments[]::new);
	}

	/** Whether a pattern with no variables is this very path (Spring MVC's own lookup finds those at once). */
	boolean isDirectPath(String lookupPath) {
		return directPaths.contains(lookupPath);
	}

	/** The mappings this path may match, in no particular order (the best is chosen by comparing them). */
	Mapping[] candidates(String[] path) {
		Shape shape = shapeOf(path);
		Mapping[] known = candidates.get(shape);
		if (known != null) {
			return known;
		}
		Mapping[] found = mappings.stream().filter(mapping -> mapping.mayMatch(path)).toArray(Mapping[]::new);
		if (candidates.size() < mostShapesKept) {
			candidates.putIfAbsent(shape, found);
		}
		return found;
	}

	int shapesKept() {
		return candidates.size();
	}

	private Shape shapeOf(String[] path) {
		String[] kept = new String[path.length];
		for (int position = 0; position < path.length && position < vocabulary.size(); position++) {
			if (vocabulary.get(position).contains(path[position])) {
				kept[position] = path[position];
			}
		}
		return new Shape(kept);
	}

	/** A path's length and the segments that are some pattern's fixed word at their position (null elsewhere). */
	private static final class Shape {

		private final String[] words;

		private final int hash;

		Shape(String[] words) {
			this.words = words;
			this.hash = Arrays.hashCode(words);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Shape shape && Arrays.equals(words, shape.words);
		}

		@Override
		public int hashCode() {
			return hash;
		}
	}
}
