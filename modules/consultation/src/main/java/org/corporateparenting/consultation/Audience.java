package org.corporateparenting.consultation;

import org.corporateparenting.web.Labelled;

/** Who a consultation asks: children in care by age band, care leavers, carers, staff or partners. */
public enum Audience implements Labelled {

	CHILDREN_IN_CARE_UNDER_8("Children in care under 8"), CHILDREN_IN_CARE_8_11("Children in care aged 8 to 11"), CHILDREN_IN_CARE_12_15("Children in care aged 12 to 15"), CHILDREN_IN_CARE_16_17("Children in care aged 16 or 17"), CARE_LEAVERS("Care leavers"), CARERS("Carers"), STAFF("Staff"), PARTNERS("Partners");

	private final String label;

	Audience(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
