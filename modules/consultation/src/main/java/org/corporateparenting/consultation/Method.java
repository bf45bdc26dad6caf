package org.corporateparenting.consultation;

import org.corporateparenting.web.Labelled;

/** How a consultation asks. */
public enum Method implements Labelled {

	SURVEY("Survey"), WORKSHOP("Workshop"), FOCUS_GROUP("Focus group"), ONE_TO_ONE("One-to-one conversations");

	private final String label;

	Method(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
