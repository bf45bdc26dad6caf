package org.corporateparenting.alliance;

import org.corporateparenting.web.Labelled;

/** The kinds of governance body a council's corporate parenting runs through. */
public enum BodyType implements Labelled {

	/** The Corporate Parenting Board, or Committee where the council calls it that. */
	BOARD("Board or committee"),

	/** A strategic alliance of the council and its partners, such as Walsall's Children in Care Alliance. */
	ALLIANCE("Alliance"),

	/** An operational group or steering group that oversees delivery. */
	OPERATIONAL_GROUP("Operational group"),

	/** A group that delivers one work stream of the plan or the pledges. */
	WORK_STREAM_GROUP("Work stream group");

	private final String label;

	BodyType(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
