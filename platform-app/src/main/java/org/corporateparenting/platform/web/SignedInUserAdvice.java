package org.corporateparenting.platform.web;

import org.corporateparenting.tenancy.CouncilRequestFilter;
import org.corporateparenting.tenancy.Councils;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Gives every page the signed-in person as {@code signedIn} (null when nobody is signed in), reusing the council
 * the council filter already read for this request.
 */
@ControllerAdvice(annotations = Controller.class)
class SignedInUserAdvice {

	private final Councils councils;

	SignedInUserAdvice(Councils councils) {
		this.councils = councils;
	}

	@ModelAttribute("signedIn")
	@Nullable SignedInUser signedIn(@Nullable Authentication authentication, HttpServletRequest request) {
		return SignedInUser.of(authentication, slug -> CouncilRequestFilter.councilOf(request)
			.filter(council -> council.slug().equals(slug))
			.or(() -> councils.find(slug))
			.orElse(null));
	}
}
