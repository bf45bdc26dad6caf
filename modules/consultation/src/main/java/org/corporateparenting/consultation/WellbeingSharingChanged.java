package org.corporateparenting.consultation;

import java.time.Instant;

import org.corporateparenting.tenancy.CouncilEvent;

/**
 * A council opted in to the well-being comparison, or out of it: out takes back every result it shared; in is
 * followed by a {@link WellbeingResultsShared} for each of its closed template surveys.
 */
public record WellbeingSharingChanged(String council, boolean optedIn, Instant at) implements CouncilEvent {
}
