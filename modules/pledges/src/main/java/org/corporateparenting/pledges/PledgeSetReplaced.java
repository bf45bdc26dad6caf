package org.corporateparenting.pledges;

import org.corporateparenting.tenancy.CouncilEvent;

/** A reviewed pledge set came into force in place of the one before; the old one stays on record. */
public record PledgeSetReplaced(String council, long replacedSetId, long newSetId) implements CouncilEvent {
}
