package org.corporateparenting.strategy.application;

import java.time.LocalDate;

import org.corporateparenting.strategy.StrategyStatus;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Moving a strategy on. Approval needs {@code approvedBy} (the body), {@code approvedOn} and the
 * {@code recommendation} wording, such as "The Board is recommended to approve the strategy".
 */
public record TransitionRequest(@NotNull(message = "Choose the state to move to") StrategyStatus to,
		@Size(max = 200, message = "must be 200 characters or fewer") String approvedBy, LocalDate approvedOn,
		@Size(max = 5000, message = "must be 5,000 characters or fewer") String recommendation) {
}
