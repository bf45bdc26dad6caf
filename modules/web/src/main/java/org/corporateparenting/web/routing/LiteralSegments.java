package org.corporateparenting.web.routing;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The fixed words of a path pattern, by position: {@code /api/councils/{council}/actions/{id}} has "api",
 * "councils" and "actions" at 0, 1 and 3. A path whose segment at one of those positions is another word cannot match
 * the pattern, which is cheap to tell; anything less certain (a pattern with {@code **} or {@code {*rest}}, a path
 * shorter than the pattern) is left to the pattern itself.
 *
 * @param positions where the pattern has a fixed word, last first (the last differs most between patterns)
 * @param words the word at each of those positions
 */
record LiteralSegments(int[] positions, String[] words) {

	/** Null when the pattern can span several segments, so positions do not line up. */
	static @Nullable LiteralSegments of(PathPattern pattern) {
		String text = pattern.getPatternString();
		if (!text.startsWith("/") || text.contains("**") || text.contains("{*")) {
			return null;
		}
		String[] segments = text.substring(1).split("/", -1);
		List<Integer> positions = new ArrayList<>();
		List<String> words = new ArrayList<>();
		for (int i = segments.length - 1; i >= 0; i--) {
			String segment = segments[i];
			if (segment.indexOf('{') < 0 && segment.indexOf('*') < 0 && segment.indexOf('?') < 0
					&& segment.indexOf(';') < 0 && segment.indexOf('%') < 0) {
				positions.add(i);
				words.add(segment);
			}
		}
		return new LiteralSegments(positions.stream().mapToInt(Integer::intValue).toArray(),
				words.toArray(String[]::new));
	}

	/**
	 * False only when the path certainly cannot match: a fixed word differs from the path's segment there.
	 *
	 * @param path the path's segments as a pattern matches them (decoded, without parameters)
	 */
	boolean mayMatch(String[] path) {
		for (int i = 0; i < positions.length; i++) {
			int position = positions[i];
			if (position < path.length && !words[i].equals(path[position])) {
				return false;
			}
		}
		return true;
	}
}
