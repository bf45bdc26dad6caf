package org.corporateparenting.alliance;

import org.corporateparenting.web.Labelled;

/**
 * Whether a seat has someone in it: confirmed, tentative (candidates named but not confirmed, as in "Paula or
 * Isabel?") or vacant.
 */
public enum HolderStatus implements Labelled {

	CONFIRMED("Confirmed"), TENTATIVE("To be confirmed"), VACANT("Vacant");

	private final String label;

	HolderStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
