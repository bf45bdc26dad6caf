package org.corporateparenting.reporting.application;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An indicator's figures for one period: a value, or a numerator and denominator it is worked out from.
 *
 * @param period {@code 2024-25} (April to March) or {@code 2024-25 Q1}
 * @param tolerance how far from the target still counts as amber
 * @param illustrative true for made-up figures (demonstrations, training)
 * @param version the version read, when changing a period already entered
 */
public record MeasurementRequest(@Schema(example = "2024-25") @Nullable String period, @Schema(example = "92") @Nullable BigDecimal value, @Nullable Integer numerator,
		@Nullable Integer denominator, @Schema(example = "95") @Nullable BigDecimal target, @Schema(example = "5") @Nullable BigDecimal tolerance,
		@Schema(example = "Improved quality and timeliness of Personal Education Plans") @Nullable String note, @Schema(example = "false") @Nullable Boolean illustrative, @Nullable Long version) {
}
