package org.corporateparenting.reporting.application;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corporateparenting.reporting.IndicatorFigures;
import org.corporateparenting.reporting.domain.Measurement;
import org.corporateparenting.reporting.domain.Measurements;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

/**
 * Finds the council's indicators for the modules that link to them, each with its latest figure: the catalogue and
 * the named indicators' measurements, in two queries however many there are.
 */
@Component
class IndicatorFigureLookup implements IndicatorFigures {

	private final IndicatorCatalogue catalogue;

	private final Measurements measurements;

	IndicatorFigureLookup(IndicatorCatalogue catalogue, Measurements measurements) {
		this.catalogue = catalogue;
		this.measurements = measurements;
	}

	@Override
	@Transactional(readOnly = true)
	public List<IndicatorFigure> all() {
		// Only names to choose from: the figures are read for the indicators chosen.
		return catalogue.all().stream().map(indicator -> figure(indicator, null)).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, IndicatorFigure> byCodes(Collection<String> codes) {
		if (codes.isEmpty()) {
			return Map.of();
		}
		Set<String> wanted = Set.copyOf(codes);
		Map<String, Indicator> indicators = new LinkedHashMap<>();
		catalogue.byCode().forEach((code, indicator) -> {
			if (wanted.contains(code)) {
				indicators.put(code, indicator);
			}
		});
		Map<String, Measurement> latest = new HashMap<>();
		// Oldest first, so the last one seen of each indicator is its latest.
		measurements.findByIndicatorCodeInOrderByPeriodStartAscPeriodAsc(indicators.keySet())
			.forEach(measurement -> latest.put(measurement.getIndicatorCode(), measurement));
		Map<String, IndicatorFigure> figures = new LinkedHashMap<>();
		indicators.forEach((code, indicator) -> figures.put(code, figure(indicator, latest.get(code))));
		return figures;
	}

	private static IndicatorFigure figure(Indicator indicator, @Nullable Measurement measurement) {
		String path = "/indicators/" + UriUtils.encodePathSegment(indicator.code(), StandardCharsets.UTF_8);
		if (measurement == null) {
			return new IndicatorFigure(indicator.code(), indicator.name(), null, null, null, null, path);
		}
		MeasurementView view = MeasurementView.of(indicator, measurement);
		return new IndicatorFigure(indicator.code(), indicator.name(), view.period(), view.shown(),
				view.target() == null ? null : indicator.format(view.target()), view.rag(), path);
	}
}
