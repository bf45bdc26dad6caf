package org.corporateparenting.tenancy;

/**
 * An event that happened in one council. Every event passed between modules carries its council, so that a
 * listener runs in that council's context and never has to guess it.
 */
public interface CouncilEvent {

	/** The slug of the council the event happened in. */
	String council();
}
