package org.corporateparenting.web.routing;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
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
 * 415), does not change. The path is split once per lookup, and each mapping's words are found by identity, so
 * passing over a mapping costs a few comparisons.
 */
public class QuickRefusalHandlerMapping extends RequestMappingHandlerMapping {

	/** The lookup under way on this thread: its request and that request's path, split. */
	private static final ThreadLocal<@Nullable Lookup> LOOKUP = new ThreadLocal<>();

	/**
	 * Each mapping's patterns' fixed words; a mapping absent here (or with an unsure pattern) is always tried.
	 * Replaced whole when a mapping is added or removed (at start-up), so lookups read it without a lock.
	 */
	private volatile Map<RequestMappingInfo, LiteralSegments[]> words = new IdentityHashMap<>();

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
	public synchronized void unregisterMapping(RequestMappingInfo mapping) {
		Map<RequestMappingInfo, LiteralSegments[]> changed = new IdentityHashMap<>(words);
		changed.remove(mapping);
		words = changed;
		super.unregisterMapping(mapping);
	}

	private synchronized void remember(RequestMappingInfo mapping) {
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
		Map<RequestMappingInfo, LiteralSegments[]> changed = new IdentityHashMap<>(words);
		changed.put(mapping, fixed.toArray(LiteralSegments[]::new));
		words = changed;
	}

	@Override
	protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
			throws Exception {
		Lookup outer = LOOKUP.get();
		LOOKUP.set(new Lookup(request, ServletRequestPathUtils.hasParsedRequestPath(request) ? split(request) : null));
		try {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		finally {
			LOOKUP.set(outer);
		}
	}

	@Override
	protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		Lookup lookup = LOOKUP.get();
		if (lookup != null && lookup.request() == request && lookup.path() != null) {
			LiteralSegments[] fixed = words.get(info);
			if (fixed != null && !mayMatch(fixed, lookup.path())) {
				return null;
			}
		}
		return super.getMatchingMapping(info, request);
	}

	private static boolean mayMatch(LiteralSegments[] patterns, String[] path) {
		for (LiteralSegments pattern : patterns) {
			if (pattern.mayMatch(path)) {
				return true;
			}
		}
		return false;
	}

	/** The request path's segments as its patterns match them: decoded, without matrix parameters. */
	private static String[] split(HttpServletRequest request) {
		List<String> segments = new ArrayList<>();
		for (PathContainer.Element element : ServletRequestPathUtils.getParsedRequestPath(request)
			.pathWithinApplication()
			.elements()) {
			if (element instanceof PathContainer.PathSegment segment) {
				segments.add(segment.valueToMatch());
			}
		}
		return segments.toArray(String[]::new);
	}

	private record Lookup(HttpServletRequest request, String @Nullable [] path) {
	}
}
