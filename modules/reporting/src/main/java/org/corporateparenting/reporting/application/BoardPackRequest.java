package org.corporateparenting.reporting.application;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A board pack's draft: the meeting and period it is for, and the narrative sections of the council report
 * template. Every narrative section may be left empty while drafting.
 *
 * @param period the quarter or year it reports on, such as {@code 2026-27 Q2}
 * @param version the version read, when saving a draft again
 */
public record BoardPackRequest(@Nullable String title, @Nullable String period, @Nullable String meetingBody,
		@Nullable LocalDate meetingDate, @Nullable String executiveSummary, @Nullable String reason,
		@Nullable String recommendations, @Nullable String backgroundPapers, @Nullable String resourceLegal,
		@Nullable String councilPlan, @Nullable String citizenImpact, @Nullable String performanceManagement,
		@Nullable String reducingInequalities, @Nullable String consultation, @Nullable String contactOfficer,
		@Nullable Long version) {
}
