package org.corporateparenting.reporting;

import org.corporateparenting.web.Labelled;

/** Who an indicator is about. */
public enum Cohort implements Labelled {

	CHILDREN_LOOKED_AFTER("Children looked after"), CARE_LEAVERS("Care leavers"), LOCAL("The council's own");

	private final String label;

	Cohort(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
