package org.corporateparenting.consultation;

import org.corporateparenting.web.Labelled;

/** A standing group of young people. */
public enum ForumKind implements Labelled {

	CHILDREN_IN_CARE_COUNCIL("Children in care council"), CARE_LEAVERS_FORUM("Care leavers' forum"), OTHER("Other group");

	private final String label;

	ForumKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
