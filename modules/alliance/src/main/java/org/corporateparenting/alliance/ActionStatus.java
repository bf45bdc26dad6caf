package org.corporateparenting.alliance;

import org.corporateparenting.web.Labelled;

/** Where an allocated action stands. */
public enum ActionStatus implements Labelled {

	NOT_STARTED("Not started"), IN_PROGRESS("In progress"), COMPLETE("Complete"), CANCELLED("Cancelled");

	private final String label;

	ActionStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** Complete or cancelled: nothing more is expected of whoever holds it. */
	public boolean closed() {
		return this == COMPLETE || this == CANCELLED;
	}
}
