package org.corporateparenting.localoffer;

import org.corporateparenting.web.Labelled;

/** Whether care leavers have a right to something in law, or the council chooses to offer it; the offer must say. */
public enum Entitlement implements Labelled {

	STATUTORY("Your right in law"), DISCRETIONARY("Extra help we choose to give");

	private final String label;

	Entitlement(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
