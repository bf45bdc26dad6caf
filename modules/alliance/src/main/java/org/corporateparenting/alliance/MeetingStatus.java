package org.corporateparenting.alliance;

import org.corporateparenting.web.Labelled;

/** A meeting is scheduled (its agenda being set) until it is recorded as held with its attendance. */
public enum MeetingStatus implements Labelled {

	SCHEDULED("Scheduled"), HELD("Held");

	private final String label;

	MeetingStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
