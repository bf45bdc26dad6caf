package org.corporateparenting.alliance;

import org.corporateparenting.web.Labelled;

/** The five areas in which partners make offers to care leavers, as the Care Leaver Covenant names them. */
public enum CovenantArea implements Labelled {

	INDEPENDENT_LIVING("Independent living"),
	EDUCATION_TRAINING_EMPLOYMENT("Education, training and employment"),
	SAFETY_AND_SECURITY("Safety and security"),
	MENTAL_AND_PHYSICAL_HEALTH("Mental and physical health"),
	FINANCE("Finance");

	private final String label;

	CovenantArea(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
