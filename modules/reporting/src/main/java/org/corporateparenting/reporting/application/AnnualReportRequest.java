package org.corporateparenting.reporting.application;

import org.jspecify.annotations.Nullable;

/**
 * The board's annual report as officers write it. Every narrative section may be left empty while drafting.
 *
 * @param year the council's reporting year it covers, April to March, such as {@code 2025-26}; given when the
 *     report is started, and fixed after
 * @param version the version read, when saving it again or finalising it
 */
public record AnnualReportRequest(@Nullable String year, @Nullable String title, @Nullable String chairsForeword,
		@Nullable String achievements, @Nullable String challenges, @Nullable String nextYearPriorities,
		@Nullable Long version) {
}
