package org.corporateparenting.alliance;

import org.corporateparenting.web.Labelled;

/** A partner's own red, amber or green rating of how its pledge is going. */
public enum Rag implements Labelled {

	RED("Red"), AMBER("Amber"), GREEN("Green");

	private final String label;

	Rag(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
