package org.corporateparenting.reporting.starter;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.corporateparenting.reporting.Polarity;
import org.corporateparenting.reporting.Unit;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The shape of a council's {@code indicators.yaml}: its own indicators, which indicators its dashboard follows
 * (under which priority, by number), its figures, what it shares with each partnership and for benchmarking with its
 * statistical neighbours and region, and the periods it has finalised (published to its partnerships and for
 * benchmarking).
 */
record IndicatorsStarterFile(
		@JsonProperty("local-indicators") List<@NotNull(message = "is empty") @Valid LocalEntry> localIndicators,
		List<@NotNull(message = "is empty") @Valid TrackedEntry> tracked,
		List<@NotNull(message = "is empty") @Valid MeasurementEntry> measurements, Map<String, List<String>> shares,
		List<String> finalised, List<String> benchmarking) {

	IndicatorsStarterFile {
		localIndicators = localIndicators == null ? List.of() : localIndicators;
		tracked = tracked == null ? List.of() : tracked;
		measurements = measurements == null ? List.of() : measurements;
		shares = shares == null ? Map.of() : shares;
		finalised = finalised == null ? List.of() : finalised;
		benchmarking = benchmarking == null ? List.of() : benchmarking;
	}

	record LocalEntry(String code, String name, String definition, Unit unit, Polarity polarity, String source) {
	}

	record TrackedEntry(@NotBlank(message = "is required") String code, Integer priority) {
	}

	record MeasurementEntry(@NotBlank(message = "is required") String indicator, String period, BigDecimal value,
			Integer numerator, Integer denominator, BigDecimal target, BigDecimal tolerance, String note,
			Boolean illustrative) {
	}
}
