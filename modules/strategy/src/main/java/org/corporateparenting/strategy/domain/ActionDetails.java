package org.corporateparenting.strategy.domain;

import java.time.LocalDate;
import java.util.Set;

/** What an action is, who owns it and when it is due. */
public record ActionDetails(Priority priority, String title, String description, String owner,
		Long partnerOrganisationId, LocalDate startDate, LocalDate dueDate, String outcomeMeasure,
		Set<Long> pledgeIds) {
}
