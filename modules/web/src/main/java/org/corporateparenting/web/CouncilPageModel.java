package org.corporateparenting.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Gives every page under {@code /councils/{council}/...} the council's slug as {@code councilSlug}, for its links.
 */
@ControllerAdvice(annotations = Controller.class)
class CouncilPageModel {

	@ModelAttribute("councilSlug")
	@Nullable String councilSlug(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return variables instanceof Map<?, ?> map && map.get("council") instanceof String council ? council : null;
	}
}
