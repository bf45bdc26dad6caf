package org.corporateparenting.web.routing;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.server.PathContainer;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Spring MVC's handler lookup, without trying every mapping. For a path with variables (every council's address has
 * one) Spring MVC tries each of the platform's few hundred mappings in full, one after the other. Here the mappings a
 * path may match are found in a {@link MappingIndex} (by the fixed words of their patterns, {@link LiteralSegments},
 * worked out once for each shape of path), and only those are tried, in full and as Spring MVC tries them; the best
 * is chosen with Spring MVC's own ordering. Anything else is left to Spring MVC's own lookup, unchanged: a path that
 * is a pattern with no variables, a CORS pre-flight request, two equally good matches, and a path no candidate
 * matches (so that a near miss is still answered 405, 406 or 415, and nothing 404). There, too, a mapping that is
 * not a candidate is passed over at once.
 */
public class QuickRefusalHandlerMapping extends RequestMappingHandlerMapping {

	/** Spring MVC's own lookup under way on this thread: its request and the mappings worth trying for it. */
	private static final ThreadLocal<@Nullable Lookup> LOOKUP = new ThreadLocal<>();

	/** Made from the mappings when first needed; dropped when a mapping is added or removed (at start-up). */
	private volatile @Nullable MappingIndex index;

	@Override
	protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
		super.registerHandlerMethod(handler, method, mapping);
		forgetIndex();
	}

	@Override
	public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
		super.registerMapping(mapping, handler, method);
		forgetIndex();
	}

	@Override
	public void unregisterMapping(RequestMappingInfo mapping) {
		super.unregisterMapping(mapping);
		forgetIndex();
	}

	private synchronized void forgetIndex() {
		index = null;
	}

	MappingIndex index() {
		MappingIndex known = index;
		if (known != null) {
			return known;
		}
		synchronized (this) {
			if (index == null) {
				index = MappingIndex.of(getHandlerMethods());
			}
			return index;
		}
	}

	@Override
	protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
			throws Exception {
		String[] path = ServletRequestPathUtils.hasParsedRequestPath(request) ? split(request) : null;
		MappingIndex.Mapping[] candidates = null;
		if (path != null) {
			MappingIndex mappings = index();
			candidates = mappings.candidates(path);
			if (!mappings.isDirectPath(lookupPath) && !CorsUtils.isPreFlightRequest(request)) {
				HandlerMethod found = bestOf(candidates, lookupPath, request);
				if (found != null) {
					return found;
				}
			}
		}
		Lookup outer = LOOKUP.get();
		LOOKUP.set(new Lookup(request, candidates));
		try {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		finally {
			LOOKUP.set(outer);
		}
	}

	/**
	 * The best of the candidates that match, as Spring MVC orders them; null when none matches or two are equally
	 * good (Spring MVC's own lookup then answers as it always does).
	 */
	private @Nullable HandlerMethod bestOf(MappingIndex.Mapping[] candidates, String lookupPath,
			HttpServletRequest request) {
		RequestMappingInfo best = null;
		HandlerMethod handler = null;
		boolean tied = false;
		Comparator<RequestMappingInfo> order = null;
		for (MappingIndex.Mapping candidate : candidates) {
			RequestMappingInfo match = super.getMatchingMapping(candidate.info(), request);
			if (match == null) {
				continue;
			}
			if (best == null) {
				best = match;
				handler = candidate.handler();
				continue;
			}
			order = order == null ? getMappingComparator(request) : order;
			int compared = order.compare(match, best);
			if (compared < 0) {
				best = match;
				handler = candidate.handler();
				tied = false;
			}
			else if (compared == 0) {
				tied = true;
			}
		}
		if (best == null || tied) {
			return null;
		}
		request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
		handleMatch(best, lookupPath, request);
		return handler;
	}

	@Override
	protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		Lookup lookup = LOOKUP.get();
		if (lookup != null && lookup.request() == request && !lookup.mayTry(info)) {
			return null;
		}
		return super.getMatchingMapping(info, request);
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

	/** @param candidates the mappings worth trying (a handful); null: every mapping */
	private record Lookup(HttpServletRequest request, MappingIndex.Mapping @Nullable [] candidates) {

		boolean mayTry(RequestMappingInfo info) {
			if (candidates == null) {
				return true;
			}
			for (MappingIndex.Mapping candidate : candidates) {
				if (candidate.info() == info) {
					return true;
				}
			}
			return false;
		}
	}
}
