package org.corporateparenting.tenancy.history;

import org.corporateparenting.web.PersonName;
import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Records who made each change: the signed-in person or client by the name the history shows, with the subject their
 * identity provider knows them by, for audit; or the platform itself (imports, rollovers).
 */
public class AuthorRevisionListener implements RevisionListener {

	static final String PLATFORM = "platform";

	/** The columns' length. */
	private static final int LONGEST = 200;

	@Override
	public void newRevision(Object revision) {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		CouncilRevision recorded = (CouncilRevision) revision;
		if (caller == null) {
			recorded.setAuthor(PLATFORM, null);
			return;
		}
		recorded.setAuthor(shortened(PersonName.of(caller)), shortened(PersonName.subject(caller)));
	}

	private static String shortened(String text) {
		return text.length() <= LONGEST ? text : text.substring(0, LONGEST);
	}
}
