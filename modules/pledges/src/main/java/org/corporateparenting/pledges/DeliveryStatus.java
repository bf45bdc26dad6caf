package org.corporateparenting.pledges;

import org.corporateparenting.web.Labelled;

/**
 * How a pledge is being kept, from the work that delivers it: delivered when all of it is finished, in progress
 * while any is still going, not yet assigned when nothing delivers it.
 */
public enum DeliveryStatus implements Labelled {

	IN_PROGRESS("Being worked on"), DELIVERED("Delivered"), NOT_ASSIGNED("Not yet given to a work stream");

	private final String label;

	DeliveryStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
