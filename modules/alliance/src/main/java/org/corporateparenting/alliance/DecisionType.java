package org.corporateparenting.alliance;

import org.corporateparenting.web.Labelled;

/** What a body did with an item, as board reports' recommendations put it. */
public enum DecisionType implements Labelled {

	NOTE("Noted"), AGREE("Agreed"), ENDORSE("Endorsed"), APPROVE("Approved");

	private final String label;

	DecisionType(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
