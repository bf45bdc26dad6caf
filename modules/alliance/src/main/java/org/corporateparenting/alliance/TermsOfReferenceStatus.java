package org.corporateparenting.alliance;

import org.corporateparenting.web.Labelled;

/** An edition of a body's terms of reference: being drafted, in force, or replaced by a later edition. */
public enum TermsOfReferenceStatus implements Labelled {

	DRAFT("Draft"), IN_FORCE("In force"), SUPERSEDED("Superseded");

	private final String label;

	TermsOfReferenceStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
