package org.corporateparenting.alliance;

import java.time.LocalDate;

import org.corporateparenting.tenancy.CouncilEvent;

/** A body's terms of reference in force reached their review date. Published once per edition. */
public record TermsOfReferenceReviewDue(String council, long bodyId, String bodyName, long termsOfReferenceId,
		int edition, LocalDate reviewDate) implements CouncilEvent {
}
