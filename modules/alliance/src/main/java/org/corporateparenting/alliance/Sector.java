package org.corporateparenting.alliance;

import org.corporateparenting.web.Labelled;

/** Where a partner organisation sits; the council's own departments are partners in the alliance too. */
public enum Sector implements Labelled {

	COUNCIL_DEPARTMENT("Council department"), HOUSING("Housing"), POLICE("Police"), PROBATION("Probation"),
	HEALTH("Health"), EDUCATION("Education"), EMPLOYMENT("Employment"), VOLUNTARY_SECTOR("Voluntary sector"),
	YOUNG_PEOPLES_FORUM("Young people's forum"), ELECTED_MEMBERS("Elected members"), CARERS("Carers");

	private final String label;

	Sector(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
