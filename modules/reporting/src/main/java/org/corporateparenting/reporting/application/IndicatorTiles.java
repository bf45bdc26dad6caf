package org.corporateparenting.reporting.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.corporateparenting.reporting.application.Rating.Trend;
import org.corporateparenting.reporting.domain.LocalIndicator;
import org.corporateparenting.reporting.domain.Measurement;
import org.corporateparenting.reporting.domain.TrackedIndicator;
import org.corporateparenting.reporting.domain.TrackedIndicators;
import org.corporateparenting.strategy.Rag;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tracked indicators with their latest value, target, RAG and which way they moved, and their histories for
 * the trend charts: one query for every tracked indicator, its definition and its measurements.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorTiles {

	private final IndicatorCatalogue catalogue;

	private final TrackedIndicators tracked;

	IndicatorTiles(IndicatorCatalogue catalogue, TrackedIndicators tracked) {
		this.catalogue = catalogue;
		this.tracked = tracked;
	}

	public List<Tile> tiles() {
		return tiles(catalogue.priorityLabels());
	}

	/**
	 * @param priorityLabels the plan in force's priorities by number, as the caller has them already
	 */
	public List<Tile> tiles(Map<Integer, String> priorityLabels) {
		List<Object[]> rows = new ArrayList<>(tracked.findAllWithMeasurements());
		rows.sort(Comparator.comparingInt((Object[] row) -> ((TrackedIndicator) row[0]).getPosition())
			.thenComparing(row -> (Measurement) row[2], Comparator.nullsFirst(Comparator
				.comparing(Measurement::getPeriodStart)
				.thenComparing(measurement -> measurement.getPeriod().toString()))));
		Map<String, IndicatorCatalogue.Tracked> followed = new LinkedHashMap<>();
		Map<String, List<MeasurementView>> histories = new LinkedHashMap<>();
		for (Object[] row : rows) {
			TrackedIndicator entry = (TrackedIndicator) row[0];
			IndicatorCatalogue.Tracked known = followed.get(entry.getCode());
			if (known == null) {
				Optional<Indicator> indicator = catalogue.resolve(entry.getCode(), (LocalIndicator) row[1]);
				if (indicator.isEmpty()) {
					continue;
				}
				known = new IndicatorCatalogue.Tracked(indicator.get(), entry.getPriorityNumber(),
						IndicatorCatalogue.labelOf(priorityLabels, entry.getPriorityNumber()));
				followed.put(entry.getCode(), known);
				histories.put(entry.getCode(), new ArrayList<>());
			}
			if (row[2] instanceof Measurement measurement) {
				histories.get(entry.getCode()).add(MeasurementView.of(known.indicator(), measurement));
			}
		}
		return followed.values().stream().map(entry -> tile(entry, histories.get(entry.indicator().code()))).toList();
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

	/**
	 * @param history every figure of the indicator, oldest first: for charts drawn on the platform's own pages and
	 *     documents; the API leaves it out of the dashboard (a tenth of the size), as each indicator's figures are at
	 *     {@code indicators/{code}/measurements}
	 */
	public record Tile(Indicator indicator, @Nullable Integer priorityNumber, @Nullable String priority,
			@Nullable MeasurementView latest, @Nullable MeasurementView previous, Trend trend, @Nullable Rag rag,
			@JsonIgnore List<MeasurementView> history) {

		public String target() {
			return latest == null || latest.target() == null ? "" : indicator.format(latest.target());
		}

		/** The figures as a small line against the target, for the indicators' table. */
		@JsonIgnore
		public String sparkline() {
			return TrendChart.sparkline(indicator, history);
		}
	}
}
