package org.corporateparenting.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Gives every page under {@code /councils/{council}/...} the council's slug as {@code councilSlug}, for its links,
 * and what the signed-in person may do there as {@code may} ({@link CouncilPermissions}), for its forms and buttons.
 */
@ControllerAdvice(annotations = PageController.class, assignableTypes = ErrorController.class)
class CouncilPageModel {

	@ModelAttribute("councilSlug")
	@Nullable String councilSlug(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return variables instanceof Map<?, ?> map && map.get("council") instanceof String council ? council : null;
	}

	@ModelAttribute("may")
	CouncilPermissions may(@Nullable Authentication authentication) {
		return CouncilPermissions.of(authentication);
	}
}
