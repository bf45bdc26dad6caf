package org.corporateparenting.inspection;

import org.corporateparenting.web.Labelled;

/**
 * The records of other modules that can stand as evidence, and how a link names each: an action by its reference, an
 * indicator by its code, a "you said, we did" response by its finding's id, a local offer section by its id.
 */
public enum EvidenceKind implements Labelled {

	ACTION("Strategy action"), INDICATOR("Indicator"), YOU_SAID_WE_DID("You said, we did"),
	OFFER_SECTION("Local offer section");

	private final String label;

	EvidenceKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
