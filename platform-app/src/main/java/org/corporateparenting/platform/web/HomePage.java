package org.corporateparenting.platform.web;

import org.corporateparenting.web.PageController;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: what the platform is, and for a signed-in person, what they may open. */
@PageController
class HomePage {

	@GetMapping("/")
	String home() {
		return "home";
	}

	@GetMapping("/signed-out")
	String signedOut() {
		return "signed-out";
	}
}
