package org.corporateparenting.strategy.application;

import java.time.LocalDate;

import org.corporateparenting.strategy.StrategyStatus;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Moving a strategy on. Approval needs {@code approvedBy} (the body), {@code approvedOn} and the
 * {@code recommendation} wording, such as "The Board is recommended to approve the strategy".
 */
public record TransitionRequest(@NotNull(message = "Choose the state to move to") StrategyStatus to,
		@Size(max = 200, message = "must be 200 characters or fewer") @Schema(example = "Corporate Parenting Board") String approvedBy, LocalDate approvedOn,
		@Size(max = 5000, message = "must be 5,000 characters or fewer") @Schema(example = "The committee notes the final draft of the strategy") String recommendation) {
}
