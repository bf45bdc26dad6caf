package org.corporateparenting.pledges;

import java.time.LocalDate;
import java.util.List;

import org.corporateparenting.tenancy.CouncilEvent;

/** A pledge set came into force, with the ids of its pledges. */
public record PledgeSetPublished(String council, long pledgeSetId, String title, Audience audience,
		LocalDate inForceFrom, List<Long> pledgeIds) implements CouncilEvent {
}
