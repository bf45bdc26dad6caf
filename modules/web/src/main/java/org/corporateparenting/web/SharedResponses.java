package org.corporateparenting.web;

import java.util.Collection;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

/**
 * Writes each {@link SharedResponse} as JSON once, with the application's own mapper, and answers every later
 * request for the same object with the same text, written as it stands: a dashboard nobody changed is no longer
 * serialised again for each request. The text is kept by the object's identity for as long as the object is reachable
 * (a replaced answer is collected with its text), so nothing is ever sent for an object other than the one returned.
 * The declared type, and so the API's description, does not change.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class SharedResponses implements ResponseBodyAdvice<Object> {

	/** Far more than the answers shared at once (one dashboard a council); a bound, not a working size. */
	static final int MOST_KEPT = 10_000;

	private final Cache<SharedResponse, RawValue> written = Caffeine.newBuilder()
		.weakKeys()
		.maximumSize(MOST_KEPT)
		.build();

	private final ObjectProvider<JsonMapper> json;

	SharedResponses(ObjectProvider<JsonMapper> json) {
		this.json = json;
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		// A list is declared as a list, so its answers may be shared ones (SharedList); each is looked at below.
		Class<?> declared = returnType.getParameterType();
		return (SharedResponse.class.isAssignableFrom(declared) || Collection.class.isAssignableFrom(declared))
				&& JacksonJsonHttpMessageConverter.class.isAssignableFrom(converterType);
	}

	@Override
	public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType,
			MediaType selectedContentType, Class<? extends HttpMessageConverter<?>> selectedConverterType,
			ServerHttpRequest request, ServerHttpResponse response) {
		if (body instanceof SharedResponse shared && MediaType.APPLICATION_JSON.isCompatibleWith(selectedContentType)) {
			return written.get(shared, answer -> new RawValue(json.getObject().writeValueAsString(answer)));
		}
		return body;
	}
}
