package org.corporateparenting.platform.security;

import java.nio.charset.StandardCharsets;

import org.corporateparenting.web.CouncilPermissions;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.util.UriUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Where a person lands after signing in: the page they were sent to sign in from, else their place (their council's
 * home page, their partnership's comparisons, the councils for a platform admin), else the front page.
 */
final class SignInLanding extends SavedRequestAwareAuthenticationSuccessHandler {

	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		return request.getContextPath() + placeOf(authentication);
	}

	static String placeOf(Authentication authentication) {
		if (authentication.getPrincipal() instanceof ClaimAccessor claims) {
			String council = claims.getClaimAsString("council");
			// Someone of a council with none of its roles is told so on the front page rather than refused its home.
			if (council != null && !council.isBlank() && CouncilPermissions.of(authentication).read()) {
				return "/councils/" + UriUtils.encodePathSegment(council, StandardCharsets.UTF_8);
			}
			String partnership = claims.getClaimAsString("partnership");
			if (partnership != null && !partnership.isBlank()) {
				return "/partnerships/" + UriUtils.encodePathSegment(partnership, StandardCharsets.UTF_8);
			}
		}
		boolean platformAdmin = authentication.getAuthorities()
			.stream()
			.anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.PLATFORM_ADMIN));
		return platformAdmin ? "/admin/councils" : "/";
	}
}
