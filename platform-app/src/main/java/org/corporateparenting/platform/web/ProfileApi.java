package org.corporateparenting.platform.web;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.http.HttpServletRequest;

/** Who the caller is in the council, as their profile page shows them. */
@RestController
@Tag(name = "Profile")
class ProfileApi {

	private final Profiles profiles;

	ProfileApi(Profiles profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/api/councils/{council}/me")
	@Operation(summary = "The caller as the platform sees them: name, email (from the token's email or"
			+ " preferred_username claim, and what to ask for when it carries none), council, roles, issuer and subject")
	Profile me(@PathVariable String council, Authentication caller, HttpServletRequest request) {
		return profiles.of(caller, council, request);
	}
}
