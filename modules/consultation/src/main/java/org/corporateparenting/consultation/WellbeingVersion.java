package org.corporateparenting.consultation;

import java.util.Set;

import org.corporateparenting.web.Labelled;

/**
 * The age-banded versions of the standard well-being survey: the same four domains, in words and answers that suit
 * the age. Results are compared between councils version by version, never across versions.
 */
public enum WellbeingVersion implements Labelled {

	YOUNGER_CHILDREN("Younger children in care, aged 8 to 11", Set.of(Audience.CHILDREN_IN_CARE_8_11)),
	OLDER_CHILDREN("Older children in care, aged 11 to 18",
			Set.of(Audience.CHILDREN_IN_CARE_12_15, Audience.CHILDREN_IN_CARE_16_17)),
	CARE_LEAVERS("Care leavers", Set.of(Audience.CARE_LEAVERS));

	private final String label;

	private final Set<Audience> audiences;

	WellbeingVersion(String label, Set<Audience> audiences) {
		this.label = label;
		this.audiences = audiences;
	}

	@Override
	public String label() {
		return label;
	}

	/** Who a survey of this version asks, as the consultation records it. */
	public Set<Audience> audiences() {
		return audiences;
	}
}
