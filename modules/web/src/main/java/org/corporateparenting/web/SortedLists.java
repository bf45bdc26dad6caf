package org.corporateparenting.web;

import java.util.stream.Stream;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reads the {@code sort} of every API list (a handler answering a {@link PageResponse}) before the list is made,
 * checked against the fields of its items, and leaves it for {@link PageResponse#of} to apply ({@link ListOrder}):
 * no list's controller reads it itself.
 */
@Configuration(proxyBeanMethods = false)
class SortedLists implements WebMvcConfigurer, HandlerInterceptor {

	static final String SORT = "sort";

	private final RequestParameters parameters;

	SortedLists(RequestParameters parameters) {
		this.parameters = parameters;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		// Lists are read with GET; anything else may be an upload, whose parts are parsed lazily by the handler that
		// takes them (and answers 413 with its problem): reading a parameter here would parse them first.
		if (!"GET".equals(request.getMethod())) {
			return true;
		}
		String[] sort = request.getParameterValues(SORT);
		if (sort != null && handler instanceof HandlerMethod method) {
			Class<?> items = ListOrder.items(method.getMethod());
			if (items != null) {
				try {
					request.setAttribute(ListOrder.ATTRIBUTE, ListOrder.parse(sort, items));
				}
				catch (InvalidInputException ex) {
					// Refused before the other parameters are read: name those that are wrong too, in the same 400.
					throw new InvalidInputException(
							Stream.concat(ex.problems().stream(), parameters.problems(method, request).stream()).toList());
				}
			}
		}
		return true;
	}
}
