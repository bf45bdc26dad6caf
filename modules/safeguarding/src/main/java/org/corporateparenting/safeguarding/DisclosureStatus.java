package org.corporateparenting.safeguarding;

import org.corporateparenting.web.Labelled;

/** Where a possible disclosure is in its review. */
public enum DisclosureStatus implements Labelled {

	/** Flagged and not yet read by anyone. */
	NOT_READ("Not read yet"),

	/** Read, with no outcome recorded yet. */
	READ("Read, no outcome yet"),

	/** An outcome is recorded (it may be changed later; the history keeps each). */
	OUTCOME_RECORDED("Outcome recorded");

	private final String label;

	DisclosureStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
