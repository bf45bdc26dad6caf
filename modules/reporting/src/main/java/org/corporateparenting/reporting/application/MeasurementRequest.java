package org.corporateparenting.reporting.application;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * An indicator's figures for one period: a value, or a numerator and denominator it is worked out from.
 *
 * @param period {@code 2024-25} (April to March) or {@code 2024-25 Q1}
 * @param tolerance how far from the target still counts as amber
 * @param illustrative true for made-up figures (demonstrations, training)
 * @param version the version read, when changing a period already entered
 */
public record MeasurementRequest(@Nullable String period, @Nullable BigDecimal value, @Nullable Integer numerator,
		@Nullable Integer denominator, @Nullable BigDecimal target, @Nullable BigDecimal tolerance,
		@Nullable String note, @Nullable Boolean illustrative, @Nullable Long version) {
}
