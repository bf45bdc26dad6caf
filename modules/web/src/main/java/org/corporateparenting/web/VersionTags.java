package org.corporateparenting.web;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every answer that is one versioned record (a read, an update, a creation) carries its version as a strong
 * {@code ETag} ({@code "3"}), which an update may send back as {@code If-Match} ({@link IfMatch}). A list or a page
 * has no version of its own, so no ETag.
 */
@RestControllerAdvice(annotations = RestController.class)
class VersionTags implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType,
			MediaType selectedContentType, Class<? extends HttpMessageConverter<?>> selectedConverterType,
			ServerHttpRequest request, ServerHttpResponse response) {
		Long version = Versioned.of(body);
		if (version != null && response.getHeaders().getETag() == null) {
			response.getHeaders().setETag(IfMatch.tag(version));
		}
		return body;
	}
}
