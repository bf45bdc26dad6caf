package org.corporateparenting.pledges;

/** Who a pledge set is made to. */
public enum Audience {
	CHILDREN_IN_CARE, CARE_LEAVERS, BOTH
}
