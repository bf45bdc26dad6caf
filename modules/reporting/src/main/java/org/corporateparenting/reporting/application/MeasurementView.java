package org.corporateparenting.reporting.application;

import java.math.BigDecimal;
import java.time.Instant;

import org.corporateparenting.reporting.domain.Measurement;
import org.corporateparenting.strategy.Rag;
import org.jspecify.annotations.Nullable;

/** A measurement as pages and the API show it, with its RAG against its target. */
public record MeasurementView(long id, String indicatorCode, String period, BigDecimal value, String shown,
		@Nullable Integer numerator, @Nullable Integer denominator, @Nullable BigDecimal target,
		@Nullable BigDecimal tolerance, @Nullable Rag rag, @Nullable String note, boolean illustrative,
		String enteredBy, Instant enteredAt, long version) {

	static MeasurementView of(Indicator indicator, Measurement measurement) {
		return new MeasurementView(measurement.getId(), measurement.getIndicatorCode(),
				measurement.getPeriod().toString(), measurement.getValue(), indicator.format(measurement.getValue()),
				measurement.getNumerator(), measurement.getDenominator(), measurement.getTarget(),
				measurement.getTolerance(),
				Rating.rag(indicator.polarity(), measurement.getValue(), measurement.getTarget(),
						measurement.getTolerance()),
				measurement.getNote(), measurement.isIllustrative(), measurement.getEnteredBy(),
				measurement.getEnteredAt(), measurement.getVersion());
	}
}
