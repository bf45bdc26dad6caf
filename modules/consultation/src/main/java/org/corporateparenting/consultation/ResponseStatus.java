package org.corporateparenting.consultation;

import org.corporateparenting.web.Labelled;

/** What became of a finding: planned, done, or not possible (with the reason). */
public enum ResponseStatus implements Labelled {

	PLANNED("We are going to do it"), DONE("We did it"), NOT_POSSIBLE("We could not do it");

	private final String label;

	ResponseStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
