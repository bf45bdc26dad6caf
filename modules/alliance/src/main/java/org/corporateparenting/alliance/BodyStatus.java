package org.corporateparenting.alliance;

import org.corporateparenting.web.Labelled;

/** Whether a body is proposed (awaiting approval), meeting, or dissolved. */
public enum BodyStatus implements Labelled {

	PROPOSED("Proposed"), ACTIVE("Active"), DISSOLVED("Dissolved");

	private final String label;

	BodyStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
