package org.corporateparenting.strategy.application;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A strategy as written or edited; {@code version} is required when editing. */
public record StrategyRequest(
		@NotBlank(message = "Enter the strategy's title") @Size(max = 200, message = "must be 200 characters or fewer") String title,
		@NotNull(message = "Enter the date the strategy starts") LocalDate periodStart,
		@NotNull(message = "Enter the date the strategy ends") LocalDate periodEnd,
		@Size(max = 10000, message = "must be 10,000 characters or fewer") String vision,
		@Size(max = 10000, message = "must be 10,000 characters or fewer") String summary,
		@Size(max = 10000, message = "must be 10,000 characters or fewer") String childFriendlySummary,
		Long version) {
}
