package org.corporateparenting.safeguarding;

import org.corporateparenting.web.Labelled;

/** What the safeguarding lead did about a possible disclosure. */
public enum Outcome implements Labelled {

	/** Read, and nothing in it needs acting on. */
	NO_CONCERN("No concern"),

	/** Passed to children's social care, through the multi-agency safeguarding hub (MASH). */
	CHILDRENS_SOCIAL_CARE("Referred to children's social care (MASH)"),

	/** Passed to the police. */
	POLICE("Referred to the police"),

	/** Something else, said in the note. */
	OTHER("Other (say what in the note)");

	private final String label;

	Outcome(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
