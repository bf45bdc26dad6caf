package org.corporateparenting.platform.web;

import org.corporateparenting.web.PageController;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jakarta.servlet.http.HttpServletRequest;

/** A signed-in person's profile in their council: who the platform takes them for, and where they choose reminders. */
@PageController
class ProfilePage {

	private final Profiles profiles;

	ProfilePage(Profiles profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/councils/{council}/profile")
	String profile(@PathVariable String council, Authentication caller, HttpServletRequest request, Model model) {
		model.addAttribute("profile", profiles.of(caller, council, request));
		return "council/profile";
	}
}
