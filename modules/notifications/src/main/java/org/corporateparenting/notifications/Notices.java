package org.corporateparenting.notifications;

/**
 * What cannot wait for the morning's digest or the hour's pass: a module tells a person now. Called in the current
 * council's context, typically from a listener of the module's own event.
 */
public interface Notices {

	/**
	 * Writes the reminder down for its person once (a key already given to them is not given again) and emails it at
	 * once, alone, unless they chose not to hear of its kind by email; it shows on their notifications page either way.
	 * A failed email is tried again by the later passes, as any other.
	 */
	void tellNow(Reminder reminder);
}
