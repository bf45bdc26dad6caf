package org.corporateparenting.alliance;

import org.corporateparenting.web.Labelled;

/** Where a partner's offer stands: young people can take it up only while it is open. */
public enum PartnerOfferStatus implements Labelled {

	PLANNED("Planned"), OPEN("Open"), PAUSED("Paused"), CLOSED("Closed");

	private final String label;

	PartnerOfferStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
