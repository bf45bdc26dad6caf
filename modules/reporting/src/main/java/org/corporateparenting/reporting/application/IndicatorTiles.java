package org.corporateparenting.reporting.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corporateparenting.reporting.application.Rating.Trend;
import org.corporateparenting.strategy.Rag;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tracked indicators with their latest value, target, RAG and which way they moved, and their histories for
 * the trend charts: one query for every tracked indicator's measurements.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorTiles {

	private final IndicatorCatalogue catalogue;

	private final MeasurementRecording recording;

	IndicatorTiles(IndicatorCatalogue catalogue, MeasurementRecording recording) {
		this.catalogue = catalogue;
		this.recording = recording;
	}

	public List<Tile> tiles() {
		List<IndicatorCatalogue.Tracked> tracked = catalogue.tracked();
		Map<String, Indicator> indicators = new LinkedHashMap<>();
		tracked.forEach(entry -> indicators.put(entry.indicator().code(), entry.indicator()));
		Map<String, List<MeasurementView>> histories = new LinkedHashMap<>();
		recording.histories(indicators.keySet(), indicators)
			.forEach(m -> histories.computeIfAbsent(m.indicatorCode(), code -> new ArrayList<>()).add(m));
		return tracked.stream().map(entry -> tile(entry, histories.getOrDefault(entry.indicator().code(), List.of()))).toList();
	}

	/**
	 * The latest figure, compared with the one before of the same kind (quarter with quarter, year with year), so
	 * that a year's total is never set against a quarter's.
	 */
	static Tile tile(IndicatorCatalogue.Tracked entry, List<MeasurementView> history) {
		Indicator indicator = entry.indicator();
		MeasurementView latest = history.isEmpty() ? null : history.get(history.size() - 1);
		MeasurementView previous = null;
		if (latest != null) {
			boolean quarter = latest.period().contains("Q");
			for (int i = history.size() - 2; i >= 0 && previous == null; i--) {
				if (history.get(i).period().contains("Q") == quarter) {
					previous = history.get(i);
				}
			}
		}
		Trend trend = Rating.trend(indicator.polarity(), previous == null ? null : previous.value(),
				latest == null ? null : latest.value());
		return new Tile(indicator, entry.priorityNumber(), entry.priority(), latest, previous, trend,
				latest == null ? null : latest.rag(), history);
	}

	public record Tile(Indicator indicator, @Nullable Integer priorityNumber, @Nullable String priority,
			@Nullable MeasurementView latest, @Nullable MeasurementView previous, Trend trend, @Nullable Rag rag,
			List<MeasurementView> history) {

		public String target() {
			return latest == null || latest.target() == null ? "" : indicator.format(latest.target());
		}
	}
}
