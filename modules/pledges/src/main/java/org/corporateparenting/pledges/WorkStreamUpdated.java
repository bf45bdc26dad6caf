package org.corporateparenting.pledges;

import java.time.LocalDate;
import java.util.List;

import org.corporateparenting.tenancy.CouncilEvent;

/** A work stream reported an update: what it delivered and what is in progress. */
public record WorkStreamUpdated(String council, long workStreamId, String name, LocalDate date,
		List<String> delivered, List<String> inProgress) implements CouncilEvent {
}
