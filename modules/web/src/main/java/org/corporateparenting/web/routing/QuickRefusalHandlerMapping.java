package org.corporateparenting.web.routing;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's handler lookup with a cheap first look. For a path with variables (every council's address has one)
 * Spring MVC tries each of the platform's few hundred mappings in full: methods, headers, media types, then the
 * pattern. Here a mapping whose fixed words cannot fit the path ({@link LiteralSegments}) is passed over at once;
 * every other is tried exactly as before, so which handler answers, and how a near miss is answered (405, 406,
 * 415), does not change.
 */
public class QuickRefusalHandlerMapping extends RequestMappingHandlerMapping {

	/** Each mapping's patterns' fixed words; a mapping absent here (or with an unsure pattern) is always tried. */
	private final Map<RequestMappingInfo, List<LiteralSegments>> words = new ConcurrentHashMap<>();

	@Override
	protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
		super.registerHandlerMethod(handler, method, mapping);
		remember(mapping);
	}

	@Override
	public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
		super.registerMapping(mapping, handler, method);
		remember(mapping);
	}

	@Override
	public void unregisterMapping(RequestMappingInfo mapping) {
		words.remove(mapping);
		super.unregisterMapping(mapping);
	}

	private void remember(RequestMappingInfo mapping) {
		PathPatternsRequestCondition patterns = mapping.getPathPatternsCondition();
		if (patterns == null || patterns.getPatterns().isEmpty()) {
			return;
		}
		List<LiteralSegments> fixed = new ArrayList<>();
		for (PathPattern pattern : patterns.getPatterns()) {
			LiteralSegments segments = LiteralSegments.of(pattern);
			if (segments == null) {
				return;
			}
			fixed.add(segments);
		}
		words.put(mapping, List.copyOf(fixed));
	}

	@Override
	protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		List<LiteralSegments> fixed = words.get(info);
		if (fixed != null && ServletRequestPathUtils.hasParsedRequestPath(request)) {
			List<PathContainer.PathSegment> path = segments(request);
			if (fixed.stream().noneMatch(pattern -> pattern.mayMatch(path))) {
				return null;
			}
		}
		return super.getMatchingMapping(info, request);
	}

	/**
	 * The request path's segments, split once per lookup. Kept with the parsed path they came from: a forward or an
	 * error dispatch parses its own path, so segments of another are never reused.
	 */
	private static List<PathContainer.PathSegment> segments(HttpServletRequest request) {
		RequestPath path = ServletRequestPathUtils.getParsedRequestPath(request);
		if (request.getAttribute(SEGMENTS) instanceof Split split && split.path() == path) {
			return split.segments();
		}
		List<PathContainer.PathSegment> segments = new ArrayList<>();
		for (PathContainer.Element element : path.pathWithinApplication().elements()) {
			if (element instanceof PathContainer.PathSegment segment) {
				segments.add(segment);
			}
		}
		request.setAttribute(SEGMENTS, new Split(path, segments));
		return segments;
	}

	private record Split(RequestPath path, List<PathContainer.PathSegment> segments) {
	}

	private static final String SEGMENTS = QuickRefusalHandlerMapping.class.getName() + ".segments";
}
