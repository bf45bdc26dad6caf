package org.corporateparenting.consultation;

import org.corporateparenting.web.Labelled;

/** The only age a survey response may give: a coarse band, or none. */
public enum AgeBand implements Labelled {

	UNDER_11("10 or under"), AGE_11_15("11 to 15"), AGE_16_17("16 or 17"), AGE_18_21("18 to 21"), AGE_22_25("22 to 25"), OVER_25("26 or over");

	private final String label;

	AgeBand(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
