package org.corporateparenting.strategy.application;

import java.util.Set;

import org.corporateparenting.strategy.Theme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/** A priority as the council words it; {@code principles} are the statutory principles' numbers, 1 to 7. */
public record PriorityRequest(
		@NotBlank(message = "Enter the priority's title") @Size(max = 200, message = "must be 200 characters or fewer") @Schema(example = "Emotional and physical health and wellbeing") String title,
		@Size(max = 10000, message = "must be 10,000 characters or fewer") @Schema(example = "Improve the emotional and physical health and wellbeing of children looked after and care leavers") String formalText,
		@Size(max = 10000, message = "must be 10,000 characters or fewer") @Schema(example = "Making sure you are happy and healthy all the way through your childhood and into adulthood") String childFriendlyText,
		@NotEmpty(message = "Choose at least one corporate parenting principle") Set<@NotNull @Min(value = 1, message = "must be a principle from 1 to 7") @Max(value = 7, message = "must be a principle from 1 to 7") Integer> principles,
		@NotNull(message = "Choose the theme it is compared under") Theme theme, Long version) {
}
