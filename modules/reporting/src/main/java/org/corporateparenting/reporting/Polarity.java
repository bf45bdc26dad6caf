package org.corporateparenting.reporting;

import org.corporateparenting.web.Labelled;

/** Which way is better for an indicator; a context indicator (how many children are looked after) has no RAG. */
public enum Polarity implements Labelled {

	HIGHER_IS_BETTER("Higher is better"), LOWER_IS_BETTER("Lower is better"), CONTEXT("Context (no better or worse)");

	private final String label;

	Polarity(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
