package org.corporateparenting.reporting.starter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.corporateparenting.reporting.application.Publication;
import org.corporateparenting.reporting.domain.FinalisedPeriods;
import org.corporateparenting.reporting.domain.IndicatorShare;
import org.corporateparenting.reporting.domain.IndicatorShares;
import org.corporateparenting.reporting.domain.LocalIndicators;
import org.corporateparenting.reporting.domain.Measurement;
import org.corporateparenting.reporting.domain.Measurements;
import org.corporateparenting.reporting.domain.TrackedIndicators;
import org.corporateparenting.reporting.starter.IndicatorsStarterFile.LocalEntry;
import org.corporateparenting.reporting.starter.IndicatorsStarterFile.MeasurementEntry;
import org.corporateparenting.reporting.starter.IndicatorsStarterFile.TrackedEntry;
import org.corporateparenting.tenancy.StarterExport;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the council's indicators back as its {@code indicators.yaml}: its own local indicators, the indicators it
 * tracks under its priorities, every figure it has entered, what it shares with each partnership and for benchmarking, and the periods it
 * has finalised. A ratio's figure is written as its numerator and denominator, from which the value is worked out
 * again, so the value and its parts can never disagree in the file.
 */
@Component
class IndicatorsExport implements StarterExport {

	private final LocalIndicators local;

	private final TrackedIndicators tracked;

	private final Measurements measurements;

	private final IndicatorShares shares;

	private final FinalisedPeriods finalised;

	IndicatorsExport(LocalIndicators local, TrackedIndicators tracked, Measurements measurements,
			IndicatorShares shares, FinalisedPeriods finalised) {
		this.local = local;
		this.tracked = tracked;
		this.measurements = measurements;
		this.shares = shares;
		this.finalised = finalised;
	}

	@Override
	public String file() {
		return IndicatorsStarter.FILE;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<IndicatorsStarterFile> export() {
		List<LocalEntry> localEntries = local.findAllByOrderByCode()
			.stream()
			.map(indicator -> new LocalEntry(indicator.getCode(), indicator.getName(), indicator.getDefinition(),
					indicator.getUnit(), indicator.getPolarity(), indicator.getSource()))
			.toList();
		List<TrackedEntry> trackedEntries = tracked.findAllByOrderByPosition()
			.stream()
			.map(indicator -> new TrackedEntry(indicator.getCode(), indicator.getPriorityNumber()))
			.toList();
		List<MeasurementEntry> figures = measurements
			.findAll(Sort.by("indicatorCode", "periodStart", "period"))
			.stream()
			.map(IndicatorsExport::entry)
			.toList();
		Map<String, List<String>> shared = new TreeMap<>();
		List<String> benchmarking = new ArrayList<>();
		for (IndicatorShare share : shares.findAll(Sort.by("partnershipSlug", "indicatorCode"))) {
			if (Publication.BENCHMARKING.equals(share.getPartnershipSlug())) {
				benchmarking.add(share.getIndicatorCode());
			}
			else {
				shared.computeIfAbsent(share.getPartnershipSlug(), slug -> new ArrayList<>()).add(share.getIndicatorCode());
			}
		}
		List<String> periods = finalised.findAllByOrderByPeriodStartDescPeriodDesc()
			.reversed()
			.stream()
			.map(period -> period.getPeriod().toString())
			.toList();
		if (localEntries.isEmpty() && trackedEntries.isEmpty() && figures.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new IndicatorsStarterFile(localEntries, trackedEntries, figures, shared, periods, benchmarking));
	}

	private static MeasurementEntry entry(Measurement figure) {
		boolean parts = figure.getNumerator() != null && figure.getDenominator() != null;
		return new MeasurementEntry(figure.getIndicatorCode(), figure.getPeriod().toString(),
				parts ? null : figure.getValue(), figure.getNumerator(), figure.getDenominator(), figure.getTarget(),
				figure.getTolerance(), figure.getNote(), figure.isIllustrative());
	}
}
