package org.corporateparenting.notifications;

import java.util.List;

/**
 * Everyone the current council's records name with an email address, one per address, by name then address: what
 * pages offer (as a {@code <datalist>}, see {@code fragments/forms :: emailInput}) where an owner's email is typed.
 */
public interface KnownContacts {

	/** The council's known contacts, gathered from every {@link ContactSource}: one query each. */
	List<Recipient> known();

	/**
	 * No contacts: what a page offers where the notifications module is not running (another module's tests start
	 * its pages without it), as {@code ObjectProvider<KnownContacts>.getIfAvailable(KnownContacts::none)}.
	 */
	static KnownContacts none() {
		return List::of;
	}
}
