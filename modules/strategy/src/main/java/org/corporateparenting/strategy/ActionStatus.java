package org.corporateparenting.strategy;

/** How an action is going, as the officer responsible reports it. */
public enum ActionStatus {

	NOT_STARTED, ON_TRACK, AT_RISK, OFF_TRACK, COMPLETE, CARRIED_FORWARD, DROPPED;

	/** Finished with: nothing more is expected of it in its plan. */
	public boolean isClosed() {
		return this == COMPLETE || this == CARRIED_FORWARD || this == DROPPED;
	}
}
