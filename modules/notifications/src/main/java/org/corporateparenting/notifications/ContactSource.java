package org.corporateparenting.notifications;

import java.util.List;

/**
 * A module's part of the council's known contacts: the people and mailboxes its records name with an email address
 * (an action's owner, a consultation's contact, a partner organisation's contacts), offered when someone types an
 * owner's email. Called in the current council's context, inside a read-only transaction shared with the other
 * sources; each source answers in one query. Addresses may repeat, within a source and across sources.
 */
public interface ContactSource {

	List<Recipient> contacts();
}
