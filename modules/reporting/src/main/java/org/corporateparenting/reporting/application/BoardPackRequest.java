package org.corporateparenting.reporting.application;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A board pack's draft: the meeting and period it is for, and the narrative sections of the council report
 * template. Every narrative section may be left empty while drafting.
 *
 * @param period the quarter or year it reports on, such as {@code 2026-27 Q2}
 * @param version the version read, when saving a draft again
 */
public record BoardPackRequest(@Schema(example = "Corporate Parenting Strategy 2022-2025: progress on the action plan") @Nullable String title, @Schema(example = "2025-26 Q2") @Nullable String period, @Schema(example = "Corporate Parenting Board") @Nullable String meetingBody,
		@Nullable LocalDate meetingDate, @Schema(example = "This report provides an update on the progress against the action plan for 2022/23") @Nullable String executiveSummary, @Schema(example = "To update the Board on the operational work streams and review of our pledges") @Nullable String reason,
		@Schema(example = "To note the actions identified in respect of each work stream") @Nullable String recommendations, @Schema(example = "Corporate Parenting Strategy 2022-2025") @Nullable String backgroundPapers, @Schema(example = "Section 22 of the Children Act 1989 imposes a duty to safeguard and promote the welfare of each child looked after") @Nullable String resourceLegal,
		@Schema(example = "Children have the best possible start and are safe from harm") @Nullable String councilPlan, @Schema(example = "Children in care and care leavers are supported to achieve their full potential") @Nullable String citizenImpact, @Schema(example = "Progress is reported to the Board each quarter") @Nullable String performanceManagement,
		@Schema(example = "The strategy seeks to end the disparity faced by children in care") @Nullable String reducingInequalities, @Schema(example = "The Children in Care Council was consulted on the action plan") @Nullable String consultation, @Schema(example = "Head of Service, Corporate Parenting") @Nullable String contactOfficer,
		@Nullable Long version) {
}
