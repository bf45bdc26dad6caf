package org.corporateparenting.consultation;

import org.corporateparenting.web.Labelled;

/** Whether the person answering is in care or has left care; optional. */
public enum CareStatus implements Labelled {

	IN_CARE("In care now"), CARE_LEAVER("Left care"), NOT_IN_CARE("Not in care, for example a carer or member of staff");

	private final String label;

	CareStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
