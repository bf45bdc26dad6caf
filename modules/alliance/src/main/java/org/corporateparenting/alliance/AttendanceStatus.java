package org.corporateparenting.alliance;

import org.corporateparenting.web.Labelled;

/** How a seat was represented at a meeting. */
public enum AttendanceStatus implements Labelled {

	PRESENT("Present"), APOLOGIES("Apologies"), DEPUTY_ATTENDED("Deputy attended"), ABSENT("Absent");

	private final String label;

	AttendanceStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** Whether the seat counts towards the quorum: its holder or a deputy was there. */
	public boolean represented() {
		return this == PRESENT || this == DEPUTY_ATTENDED;
	}
}
