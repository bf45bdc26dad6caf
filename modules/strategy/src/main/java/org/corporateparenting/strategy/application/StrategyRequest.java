package org.corporateparenting.strategy.application;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/** A strategy as written or edited; {@code version} is required when editing. */
public record StrategyRequest(
		@NotBlank(message = "Enter the strategy's title") @Size(max = 200, message = "must be 200 characters or fewer") @Schema(example = "Corporate Parenting Strategy 2022-2025") String title,
		@NotNull(message = "Enter the date the strategy starts") LocalDate periodStart,
		@NotNull(message = "Enter the date the strategy ends") LocalDate periodEnd,
		@Size(max = 10000, message = "must be 10,000 characters or fewer") @Schema(example = "Children looked after and care leavers are valued, listened to and supported to be aspirational") String vision,
		@Size(max = 10000, message = "must be 10,000 characters or fewer") @Schema(example = "The strategy sets out our ambition for our children in care and care experienced young people") String summary,
		@Size(max = 10000, message = "must be 10,000 characters or fewer") @Schema(example = "Our promises to you: to help you be happy, healthy and achieve your full potential") String childFriendlySummary,
		Long version) {
}
