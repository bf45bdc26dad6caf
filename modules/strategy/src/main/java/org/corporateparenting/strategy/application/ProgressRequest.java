package org.corporateparenting.strategy.application;

import java.time.LocalDate;
import java.util.List;

import org.corporateparenting.strategy.ActionStatus;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Progress on an action at a date (today when left out): what was done, evidence links, and where the action now
 * stands.
 */
public record ProgressRequest(LocalDate date,
		@NotBlank(message = "Describe the progress made") @Size(max = 10000, message = "must be 10,000 characters or fewer") @Schema(example = "The new ePEP system is implemented and fully operational") String narrative,
		@Schema(example = "[\"Personal Education Plans: 92% completed on time\"]") List<@Size(max = 500, message = "must be 500 characters or fewer") String> evidence,
		@NotNull(message = "Choose the action's status") ActionStatus status,
		@NotNull(message = "Enter how complete the action is, from 0 to 100") @Min(value = 0, message = "must be from 0 to 100") @Max(value = 100, message = "must be from 0 to 100") Integer percentComplete,
		@Size(max = 500, message = "must be 500 characters or fewer") @Schema(example = "Merged with the Virtual School's work plan to reduce duplication of meetings") String dropReason) {
}
