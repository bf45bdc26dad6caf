package org.corporateparenting.platform.web;

import java.util.Set;

import org.corporateparenting.tenancy.Council;
import org.corporateparenting.tenancy.CouncilRequestFilter;
import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.tenancy.IdentityProviders;
import org.corporateparenting.tenancy.PlatformIssuers;
import org.corporateparenting.web.Choice;
import org.corporateparenting.web.CouncilPermissions;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.PersonEmail;
import org.corporateparenting.web.PersonName;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Works out a signed-in person's {@link Profile} in the council of the request, from their token's claims and the
 * registry in memory: no query.
 */
@Component
class Profiles {

	private final Councils councils;

	private final PlatformIssuers platformIssuers;

	private final IdentityProviders identityProviders;

	/** @param platformIssuers absent when the platform only migrates (no web security then), as no profile is shown */
	Profiles(Councils councils, ObjectProvider<PlatformIssuers> platformIssuers, IdentityProviders identityProviders) {
		this.councils = councils;
		this.platformIssuers = platformIssuers.getIfAvailable(() -> Set::of);
		this.identityProviders = identityProviders;
	}

	Profile of(Authentication caller, String slug, HttpServletRequest request) {
		// The council filter let the caller in, so they signed in with claims naming this council.
		Council council = CouncilRequestFilter.councilOf(request)
			.or(() -> councils.find(slug))
			.orElseThrow(() -> new NotFoundException("No council " + slug));
		ClaimAccessor claims = (ClaimAccessor) caller.getPrincipal();
		String email = PersonEmail.of(caller).orElse(null);
		String issuer = claims.getClaimAsString("iss");
		return new Profile(PersonName.of(caller), email,
				email == null ? PersonEmail.MISSING : null, council.slug(), council.name(),
				CouncilPermissions.roles(caller).stream().map(role -> new Choice(role.name(), role.label())).toList(),
				issuer, signedInWith(issuer, council), claims.getClaimAsString("sub"));
	}

	private String signedInWith(@Nullable String issuer, Council council) {
		if (issuer == null || platformIssuers.issuers().contains(issuer)) {
			return "The platform's own sign-in";
		}
		return identityProviders.findByIssuer(issuer).isPresent() ? council.name() + "'s own identity provider"
				: "An identity provider " + council.name() + " trusts";
	}
}
