package org.corporateparenting.notifications;

import org.corporateparenting.web.Labelled;

/** How often a person hears of a kind of reminder. */
public enum Frequency implements Labelled {

	/** As soon as it is found (within the hour), one email each. */
	IMMEDIATE("As soon as it is found, one email each"),

	/** In the day's digest (the default). */
	DAILY("Every day, in one email"),

	/** In a digest on Mondays, with everything found since the last one. */
	WEEKLY("Once a week, on Mondays"),

	/** Never by email; still listed on the notifications page. */
	NONE("Not by email");

	private final String label;

	Frequency(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
