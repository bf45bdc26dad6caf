package org.corporateparenting.consultation;

import org.corporateparenting.web.Labelled;

/** The four parts of a young person's well-being the platform's standard survey asks about. */
public enum WellbeingDomain implements Labelled {

	RELATIONSHIPS("Relationships", "Having people to trust and to turn to, and seeing the people who matter"),
	RESILIENCE("Resilience", "Feeling good about yourself, coping when things go wrong, hope for the future"),
	RIGHTS("Rights", "Being listened to, knowing why things happen and how to get help or change them"),
	RECOVERY("Recovery", "Feeling safe, settled and happy where you live and with your life");

	private final String label;

	private final String meaning;

	WellbeingDomain(String label, String meaning) {
		this.label = label;
		this.meaning = meaning;
	}

	@Override
	public String label() {
		return label;
	}

	/** What the domain covers, in words young people and officers both read. */
	public String meaning() {
		return meaning;
	}
}
