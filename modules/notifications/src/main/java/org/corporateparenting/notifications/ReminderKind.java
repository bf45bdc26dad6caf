package org.corporateparenting.notifications;

import org.corporateparenting.web.Labelled;

/** What a reminder is about; each person chooses, kind by kind, whether to hear of it. */
public enum ReminderKind implements Labelled {

	/** A strategy action is due in 14 days, and again in 3. */
	ACTION_DUE_SOON("Strategy actions due soon"),

	/** A strategy action has passed its due date without being completed. */
	ACTION_OVERDUE("Strategy actions overdue");

	private final String label;

	ReminderKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
