package org.corporateparenting.localoffer;

import java.util.EnumSet;
import java.util.Set;

import org.corporateparenting.web.Labelled;

/**
 * Where a version of the local offer is. Its sections change while it is a draft or consulted on; once published it
 * changes only by a new version, which replaces it when that is published. A replaced version stays on record.
 */
public enum OfferStatus implements Labelled {

	DRAFT("Draft"), CONSULTED("Consulted on"), PUBLISHED("Published"), UNDER_REVIEW("Under review"),
	REPLACED("Replaced");

	private final String label;

	OfferStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** Whether the offer's words may still change. */
	public boolean editable() {
		return this == DRAFT || this == CONSULTED;
	}

	/** Whether this is the offer young people see: published, and still while a new version is written. */
	public boolean seenByYoungPeople() {
		return this == PUBLISHED || this == UNDER_REVIEW;
	}

	/** The states a version may move to by a transition; replacing happens when the next version is published. */
	public Set<OfferStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(CONSULTED, PUBLISHED);
			case CONSULTED -> EnumSet.of(PUBLISHED);
			case PUBLISHED -> EnumSet.of(UNDER_REVIEW);
			case UNDER_REVIEW -> EnumSet.of(PUBLISHED);
			case REPLACED -> EnumSet.noneOf(OfferStatus.class);
		};
	}
}
