package org.corporateparenting.strategy.domain;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What an action is, who owns it and when it is due.
 *
 * @param illustrative invented to illustrate (as the demo's are), not taken from the council's own documents
 */
public record ActionDetails(Priority priority, String title, String description, String owner,
		@Nullable String ownerEmail, Long partnerOrganisationId, LocalDate startDate, LocalDate dueDate,
		String outcomeMeasure, boolean illustrative, Set<Long> pledgeIds) {
}
