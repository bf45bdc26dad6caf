package org.corporateparenting.web.routing;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The fixed words of a path pattern, by position: {@code /api/councils/{council}/actions/{id}} has "api",
 * "councils" and "actions" at 0, 1 and 3. A path whose segment at one of those positions is another word cannot match
 * the pattern, which is cheap to tell; anything less certain (a pattern with {@code **} or {@code {*rest}}, a path
 * shorter than the pattern) is left to the pattern itself.
 *
 * @param words the pattern's segments, null where a segment captures or uses wildcards
 */
record LiteralSegments(List<@Nullable String> words) {

	/** Null when the pattern can span several segments, so positions do not line up. */
	static @Nullable LiteralSegments of(PathPattern pattern) {
		String text = pattern.getPatternString();
		if (!text.startsWith("/") || text.contains("**") || text.contains("{*")) {
			return null;
		}
		List<@Nullable String> words = new ArrayList<>();
		for (String segment : text.substring(1).split("/", -1)) {
			boolean literal = segment.indexOf('{') < 0 && segment.indexOf('*') < 0 && segment.indexOf('?') < 0
					&& segment.indexOf(';') < 0 && segment.indexOf('%') < 0;
			words.add(literal ? segment : null);
		}
		return new LiteralSegments(words);
	}

	/** False only when the path certainly cannot match: a fixed word differs from the path's segment there. */
	boolean mayMatch(List<PathContainer.PathSegment> path) {
		int positions = Math.min(words.size(), path.size());
		for (int i = 0; i < positions; i++) {
			String word = words.get(i);
			if (word != null && !word.equals(path.get(i).valueToMatch())) {
				return false;
			}
		}
		return true;
	}
}
