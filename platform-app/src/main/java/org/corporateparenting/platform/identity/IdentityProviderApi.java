package org.corporateparenting.platform.identity;

import java.util.List;

import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The council's own identity provider and the roles its groups give, for the council's admins only: anyone else in
 * the council is refused (403), and nobody outside it, platform admins included, finds the council at all (404).
 */
@RestController
@RequestMapping("/api/councils/{council}/identity-provider")
@PreAuthorize(Access.ADMINISTER)
@Tag(name = "Identity provider")
class IdentityProviderApi {

	private final IdentityProviderManagement management;

	IdentityProviderApi(IdentityProviderManagement management) {
		this.management = management;
	}

	@GetMapping
	@Operation(summary = "The council's identity provider; version 0 and not configured until one is saved")
	IdentityProviderView identityProvider(@PathVariable String council) {
		return management.current(council);
	}

	@PutMapping
	@Operation(summary = "Set the issuer, the claim holding groups or roles, the audience and the mappings; give the"
			+ " version you read (0 for the first)")
	IdentityProviderView update(@PathVariable String council, @RequestBody IdentityProviderRequest request,
			Authentication caller) {
		return management.save(council, request, caller.getName());
	}

	@GetMapping("/history")
	@Operation(summary = "Every version saved, newest first: who, when and what changed")
	List<RecordHistory.Change> history(@PathVariable String council) {
		return management.history(council);
	}

	@PostMapping("/token-check")
	@Operation(summary = "What the saved settings would give a token: its claims are read, its signature is not"
			+ " checked, and it is neither logged nor kept")
	TokenCheck check(@PathVariable String council, @RequestBody TokenCheckRequest request) {
		return management.check(council, request.token());
	}

	/** @param token a JSON Web Token from the identity provider, as pasted */
	record TokenCheckRequest(@Schema(example = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLndhbHNhbGwuZXhhbXBsZS8ifQ.c2lnbmF0dXJl") @Nullable String token) {
	}
}
