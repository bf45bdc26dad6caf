package org.corporateparenting.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.web.routing.QuickRefusalHandlerMapping;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The platform's handler lookup passes over mappings whose fixed words cannot fit a path; it must never pass over
 * one that would have answered. For an address made from every mapped pattern (variables filled in, each method it
 * is mapped for), the handler found is the one whose pattern made it, as Spring MVC's full check of every mapping
 * finds it.
 */
@PlatformTest
class HandlerLookupIntegrationTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void theLookupIsTheQuickOneAndFindsForEveryMappedAddressWhatTheFullCheckFinds() throws Exception {
		assertThat(mapping).isInstanceOf(QuickRefusalHandlerMapping.class);
		Map<RequestMappingInfo, HandlerMethod> mappings = mapping.getHandlerMethods();
		assertThat(mappings).hasSizeGreaterThan(200);
		List<String> checked = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.entrySet()) {
			RequestMappingInfo info = entry.getKey();
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				for (var method : info.getMethodsCondition().getMethods()) {
					MockHttpServletRequest request = requestFor(info, method.name(), address(pattern));
					HandlerMethod fullCheck = fullCheck(mappings, request);
					HandlerExecutionChain found = mapping.getHandler(request);
					assertThat(found).as("%s %s", method, request.getRequestURI()).isNotNull();
					assertThat(((HandlerMethod) found.getHandler()).getMethod())
						.as("%s %s", method, request.getRequestURI())
						.isEqualTo(fullCheck.getMethod());
					checked.add(method + " " + request.getRequestURI());
				}
			}
		}
		assertThat(checked).hasSizeGreaterThan(200)
			.contains("GET /api/councils/walsall/action-plans/1/actions", "GET /api/councils/walsall");
	}

	@Test
	void aFixedWordSentEncodedIsStillThatWord() throws Exception {
		MockHttpServletRequest plain = new MockHttpServletRequest("GET", "/api/councils/walsall/action-plans/1/actions");
		MockHttpServletRequest encoded = new MockHttpServletRequest("GET",
				"/api/councils/walsall/action%2Dplans/1/actions");
		ServletRequestPathUtils.parseAndCache(plain);
		ServletRequestPathUtils.parseAndCache(encoded);

		assertThat(((HandlerMethod) mapping.getHandler(encoded).getHandler()).getMethod())
			.isEqualTo(((HandlerMethod) mapping.getHandler(plain).getHandler()).getMethod());
	}

	@Test
	void aNearMissIsAnsweredAsSpringMvcAnswersItAndAnAddressOfNothingFindsNothing() throws Exception {
		MockHttpServletRequest wrongMethod = new MockHttpServletRequest("DELETE",
				"/api/councils/walsall/action-plans/1/actions");
		MockHttpServletRequest nowhere = new MockHttpServletRequest("GET", "/api/councils/walsall/no-such-thing/1");
		ServletRequestPathUtils.parseAndCache(wrongMethod);
		ServletRequestPathUtils.parseAndCache(nowhere);

		assertThatThrownBy(() -> mapping.getHandler(wrongMethod))
			.isInstanceOf(HttpRequestMethodNotSupportedException.class)
			.satisfies(refused -> assertThat(((HttpRequestMethodNotSupportedException) refused).getSupportedMethods())
				.contains("GET", "POST"));
		assertThat(mapping.getHandler(nowhere)).isNull();
	}

	@Test
	void theHandlerFoundHasThePathsVariablesAndIsTheBestMatch() throws Exception {
		MockHttpServletRequest overdue = new MockHttpServletRequest("GET", "/api/councils/wirral/actions/overdue");
		MockHttpServletRequest one = new MockHttpServletRequest("GET", "/api/councils/wirral/actions/42");
		ServletRequestPathUtils.parseAndCache(overdue);
		ServletRequestPathUtils.parseAndCache(one);

		HandlerMethod overdueHandler = (HandlerMethod) mapping.getHandler(overdue).getHandler();
		HandlerMethod oneHandler = (HandlerMethod) mapping.getHandler(one).getHandler();

		assertThat(overdueHandler.getMethod().getName()).isEqualTo("overdue");
		assertThat(oneHandler.getMethod().getName()).isEqualTo("action");
		assertThat(one.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE))
			.isEqualTo(Map.of("council", "wirral", "id", "42"));
		assertThat(((HandlerMethod) one.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE)).getMethod())
			.isEqualTo(oneHandler.getMethod());
	}

	/** The pattern with each variable given a value a real address would have. */
	private static String address(PathPattern pattern) {
		return pattern.getPatternString()
			.replaceAll("\\{council}", "walsall")
			.replaceAll("\\{slug}", "walsall")
			.replaceAll("\\{\\*[^}]*}", "a/b")
			.replaceAll("\\{[^}]*}", "1")
			.replace("**", "a/b")
			.replace("*", "a");
	}

	private static MockHttpServletRequest requestFor(RequestMappingInfo info, String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		info.getConsumesCondition().getConsumableMediaTypes().stream().findFirst()
			.ifPresent(type -> request.setContentType(type.toString()));
		info.getProducesCondition().getProducibleMediaTypes().stream().findFirst()
			.ifPresent(type -> request.addHeader("Accept", type.toString()));
		info.getParamsCondition().getExpressions().forEach(param -> request.addParameter(param.getName(), "1"));
		info.getHeadersCondition().getExpressions().forEach(header -> request.addHeader(header.getName(), "1"));
		ServletRequestPathUtils.parseAndCache(request);
		return request;
	}

	/** Every mapping checked in full, the best match chosen as Spring MVC chooses it. */
	private static HandlerMethod fullCheck(Map<RequestMappingInfo, HandlerMethod> mappings,
			MockHttpServletRequest request) {
		RequestMappingInfo best = null;
		for (RequestMappingInfo info : mappings.keySet()) {
			RequestMappingInfo match = info.getMatchingCondition(request);
			if (match != null && (best == null || match.compareTo(best, request) < 0)) {
				best = match;
			}
		}
		assertThat(best).as(request.getMethod() + " " + request.getRequestURI()).isNotNull();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.entrySet()) {
			if (entry.getKey().getMatchingCondition(request) != null
					&& entry.getKey().getMatchingCondition(request).compareTo(best, request) == 0) {
				return entry.getValue();
			}
		}
		throw new AssertionError("no mapping for " + request.getRequestURI());
	}
}
