package org.corporateparenting.inspection;

import org.corporateparenting.web.Labelled;

/**
 * Where a version of a year's self-evaluation is: a draft changes; a saved version is frozen with the evidence as it
 * stood; it is superseded when the year's next version is saved.
 */
public enum SelfEvaluationStatus implements Labelled {

	DRAFT("Draft"), SAVED("Saved"), SUPERSEDED("Superseded");

	private final String label;

	SelfEvaluationStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
