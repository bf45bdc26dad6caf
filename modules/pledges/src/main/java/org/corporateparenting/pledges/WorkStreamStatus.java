package org.corporateparenting.pledges;

/** A work stream is active until its pledges are delivered, or until it is merged into another body. */
public enum WorkStreamStatus {
	ACTIVE, DELIVERED_AND_DISSOLVED, MERGED
}
