package org.corporateparenting.notifications;

/** What a signed-in person has not yet read, for the count beside "Notifications" in every page's header. */
public interface Inbox {

	/** How many of the current council's notifications to this address are unread; one query. */
	long unread(String email);
}
