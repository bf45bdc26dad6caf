package org.corporateparenting.alliance;

import org.corporateparenting.tenancy.CouncilEvent;

/**
 * Something {@link AllianceProgress} reports changed without an event of its own saying so: a body was added or
 * changed, terms of reference were approved, a held meeting's date or attendance was corrected, an action was
 * allocated, re-dated, completed, cancelled or reopened, or a starter file was imported. It carries no detail:
 * whoever keeps a copy of the figures reads them again. Published at most once per transaction.
 */
public record AllianceChanged(String council) implements CouncilEvent {
}
