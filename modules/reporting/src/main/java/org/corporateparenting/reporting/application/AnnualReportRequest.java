package org.corporateparenting.reporting.application;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The board's annual report as officers write it. Every narrative section may be left empty while drafting.
 *
 * @param year the council's reporting year it covers, April to March, such as {@code 2025-26}; given when the
 *     report is started, and fixed after
 * @param version the version read, when saving it again or finalising it
 */
public record AnnualReportRequest(@Schema(example = "2025-26") @Nullable String year, @Schema(example = "Corporate Parenting annual report 2025-26") @Nullable String title, @Schema(example = "As corporate parents we are ambitious for every child in our care") @Nullable String chairsForeword,
		@Schema(example = "The Children in Care Council is established and working well") @Nullable String achievements, @Schema(example = "Finding enough foster carers for sibling groups") @Nullable String challenges, @Schema(example = "Independence and transition to adulthood") @Nullable String nextYearPriorities,
		@Nullable Long version) {
}
