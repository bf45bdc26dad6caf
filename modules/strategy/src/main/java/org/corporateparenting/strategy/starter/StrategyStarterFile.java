package org.corporateparenting.strategy.starter;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.corporateparenting.strategy.ActionStatus;
import org.corporateparenting.strategy.StrategyStatus;
import org.corporateparenting.strategy.Theme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** The shape of a council's {@code strategy.yaml}: its strategy, priorities and action plans as it brings them. */
record StrategyStarterFile(@NotNull(message = "is required") @Valid StrategyEntry strategy,
		@NotEmpty(message = "needs at least one priority") List<@Valid PriorityEntry> priorities,
		List<@Valid PlanEntry> actionPlans) {

	StrategyStarterFile {
		actionPlans = actionPlans == null ? List.of() : actionPlans;
	}

	record StrategyEntry(@NotBlank(message = "is required") String title,
			@NotNull(message = "is required") LocalDate periodStart,
			@NotNull(message = "is required") LocalDate periodEnd, String vision, String summary,
			String childFriendlySummary, @NotNull(message = "is required") StrategyStatus status,
			@Valid Approval approval) {
	}

	record Approval(@NotBlank(message = "is required") String body, @NotNull(message = "is required") LocalDate date,
			@NotBlank(message = "is required") String recommendation) {
	}

	record PriorityEntry(@NotBlank(message = "is required") String key, @NotBlank(message = "is required") String title,
			String formalText, String childFriendlyText,
			@NotEmpty(message = "needs at least one principle") Set<@Min(value = 1, message = "must be 1 to 7") @Max(value = 7, message = "must be 1 to 7") Integer> principles,
			@NotNull(message = "is required") Theme theme) {
	}

	record PlanEntry(@NotBlank(message = "is required") String year, List<@Valid ActionEntry> actions) {

		PlanEntry {
			actions = actions == null ? List.of() : actions;
		}
	}

	record ActionEntry(@NotBlank(message = "is required") String reference,
			@NotBlank(message = "is required") String priority, @NotBlank(message = "is required") String title,
			String description, @NotBlank(message = "is required") String owner,
			@Email(message = "must be an email address") String ownerEmail,
			@NotNull(message = "is required") LocalDate startDate, @NotNull(message = "is required") LocalDate dueDate,
			String outcomeMeasure, Boolean illustrative, @NotNull(message = "is required") ActionStatus status,
			@Min(value = 0, message = "must be 0 to 100") @Max(value = 100, message = "must be 0 to 100") int percentComplete,
			String dropReason, List<@Valid ProgressEntry> progress,
			List<@NotNull(message = "is empty") Integer> pledges, String partnerOrganisation) {

		ActionEntry {
			progress = progress == null ? List.of() : progress;
			pledges = pledges == null ? List.of() : pledges;
		}
	}

	record ProgressEntry(@NotNull(message = "is required") LocalDate date,
			@NotBlank(message = "is required") String narrative, @NotNull(message = "is required") ActionStatus status,
			@Min(value = 0, message = "must be 0 to 100") @Max(value = 100, message = "must be 0 to 100") int percentComplete,
			@NotBlank(message = "is required") String author) {
	}
}
