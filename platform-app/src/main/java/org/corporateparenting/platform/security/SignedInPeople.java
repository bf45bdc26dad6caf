package org.corporateparenting.platform.security;

import org.corporateparenting.web.PersonName;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** People signed in to the pages, as the platform keeps them in their session. */
public final class SignedInPeople {

	private SignedInPeople() {
	}

	/**
	 * The person their identity provider signed in, with the roles it put in the ID token's {@code roles} claim, named
	 * by their display name ({@link PersonName}) rather than their subject.
	 */
	public static OidcUser of(OidcUser user) {
		return new DefaultOidcUser(Roles.authorities(user.getClaims()), user.getIdToken(), user.getUserInfo(),
				PersonName.claimOf(user.getClaims()));
	}
}
