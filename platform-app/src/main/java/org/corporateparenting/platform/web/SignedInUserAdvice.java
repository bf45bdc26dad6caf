package org.corporateparenting.platform.web;

import org.corporateparenting.tenancy.Councils;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in person as {@code signedIn} (null when nobody is signed in). */
@ControllerAdvice(annotations = Controller.class)
class SignedInUserAdvice {

	private final Councils councils;

	SignedInUserAdvice(Councils councils) {
		this.councils = councils;
	}

	@ModelAttribute("signedIn")
	@Nullable SignedInUser signedIn(@Nullable Authentication authentication) {
		return SignedInUser.of(authentication, slug -> councils.find(slug).orElse(null));
	}
}
