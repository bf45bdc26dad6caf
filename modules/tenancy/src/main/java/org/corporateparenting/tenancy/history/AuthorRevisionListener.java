package org.corporateparenting.tenancy.history;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Records who made each change: the signed-in person or client, or the platform itself (imports, rollovers). */
public class AuthorRevisionListener implements RevisionListener {

	static final String PLATFORM = "platform";

	@Override
	public void newRevision(Object revision) {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		((CouncilRevision) revision).setAuthor(caller == null ? PLATFORM : caller.getName());
	}
}
