package org.corporateparenting.web;

import java.io.IOException;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A form posted to the pages with a character the database cannot hold ({@link StorableText}) is refused (400)
 * before any controller reads it, naming the field; the API checks its JSON bodies field by field the same way.
 */
@Component
class StorableForms extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			for (String value : parameter.getValue()) {
				if (StorableText.hasControlCharacter(value)) {
					response.sendError(HttpStatus.BAD_REQUEST.value(),
							"The field " + parameter.getKey() + " " + StorableText.controlCharacterMessage() + ".");
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}
}
