package org.corporateparenting.alliance;

import org.corporateparenting.web.Labelled;

/** What corporate parents did together, in the words of the 2026 Act's duty to collaborate. */
public enum CollaborationKind implements Labelled {

	INFORMATION_SHARED("Information shared"), JOINT_WORK("Joint work"), ADVICE("Advice given"),
	COORDINATION("Services coordinated");

	private final String label;

	CollaborationKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
