package org.corporateparenting.consultation;

import org.corporateparenting.web.Labelled;

/** Something a forum did, as it reports it. */
public enum ActivityKind implements Labelled {

	ATTENDED_BOARD("Attended the board"), STAFF_RECRUITMENT("Joined staff recruitment"), PRODUCED_MEDIA("Produced a film or other media"), CONSULTATION("Ran or joined a consultation"), EVENT("Held or joined an event"), OTHER("Other");

	private final String label;

	ActivityKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
