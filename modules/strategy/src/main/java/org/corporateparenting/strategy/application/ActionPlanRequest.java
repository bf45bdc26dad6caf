package org.corporateparenting.strategy.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import io.swagger.v3.oas.annotations.media.Schema;

/** A new year's action plan, such as "2025/26". */
public record ActionPlanRequest(@NotBlank(message = "Enter the year, such as 2025/26") @Pattern(regexp = "|\\d{4}/\\d{2}",
		message = "must be a year such as 2025/26") @Schema(example = "2025/26") String year) {
}
