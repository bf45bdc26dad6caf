package org.corporateparenting.consultation;

import org.corporateparenting.web.Labelled;

/** Who designed a consultation. */
public enum DesignedBy implements Labelled {

	YOUNG_PEOPLE("Young people"), STAFF("Staff"), BOTH("Young people and staff together");

	private final String label;

	DesignedBy(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
