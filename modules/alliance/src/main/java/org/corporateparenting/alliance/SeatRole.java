package org.corporateparenting.alliance;

import org.corporateparenting.web.Labelled;

/** A seat's role on its body. */
public enum SeatRole implements Labelled {

	CHAIR("Chair"), VICE_CHAIR("Vice chair"), MEMBER("Member"), ADVISER("Adviser");

	private final String label;

	SeatRole(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
