package org.corporateparenting.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * What an error page or an error body may say: the reason the platform itself gave for refusing a request (a 4xx
 * with a message written for the person, such as "the field holder contains a character that cannot be saved"), and
 * nothing that an exception carries (a server error's message could name tables or queries).
 */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request,
				options.including(ErrorAttributeOptions.Include.MESSAGE));
		Object status = attributes.get("status");
		boolean refusedByUs = status instanceof Integer code && code >= 400 && code < 500 && getError(request) == null
				&& attributes.get("message") instanceof String message && !message.isBlank()
				&& !"No message available".equals(message);
		if (!refusedByUs) {
			attributes.remove("message");
		}
		return attributes;
	}

	@Override
	protected @Nullable String getMessage(WebRequest request, @Nullable Throwable error) {
		return error == null ? super.getMessage(request, null) : null;
	}
}
