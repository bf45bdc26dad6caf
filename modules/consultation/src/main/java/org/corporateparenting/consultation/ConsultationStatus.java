package org.corporateparenting.consultation;

import org.corporateparenting.web.Labelled;

/** Where a consultation is: planned, open, closed, or its findings told back to those who took part. */
public enum ConsultationStatus implements Labelled {

	PLANNED("Planned"), OPEN("Open"), CLOSED("Closed"), REPORTED_BACK("Reported back");

	private final String label;

	ConsultationStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
