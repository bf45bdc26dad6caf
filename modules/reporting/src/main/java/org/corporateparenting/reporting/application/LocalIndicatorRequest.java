package org.corporateparenting.reporting.application;

import org.corporateparenting.reporting.Polarity;
import org.corporateparenting.reporting.Unit;
import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One of the council's own indicators.
 *
 * @param code upper-case letters, digits and hyphens; fixed once made
 * @param version the version read, when changing one
 */
public record LocalIndicatorRequest(
		@NotBlank(message = "Enter a code") @Size(max = 40, message = "A code is at most 40 characters")
		@Pattern(regexp = "[A-Z][A-Z0-9-]*", message = "A code is upper-case letters, digits and hyphens, starting with a letter") @Schema(example = "LOCAL-LEISURE-CARDS") String code,
		@NotBlank(message = "Enter the indicator's name") @Size(max = 200, message = "The name is at most 200 characters") @Schema(example = "Children in care with a leisure card") String name,
		@NotBlank(message = "Say what is counted") @Size(max = 2000, message = "The definition is at most 2000 characters") @Schema(example = "Children in care with a leisure card, as a percentage of all children in care") String definition,
		@NotNull(message = "Choose the unit") Unit unit,
		@NotNull(message = "Choose which way is better") Polarity polarity,
		@NotBlank(message = "Say where the figures come from") @Size(max = 300, message = "The source is at most 300 characters") @Schema(example = "TLC Hub records") String source,
		@Nullable Long version) {
}
