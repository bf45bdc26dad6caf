package org.corporateparenting.reporting.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corporateparenting.reporting.Period;
import org.corporateparenting.reporting.Polarity;
import org.corporateparenting.reporting.Unit;
import org.corporateparenting.tenancy.Council;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.CouncilStatus;
import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.tenancy.PlatformSchema;
import org.corporateparenting.web.disclosure.DisclosureControl;
import org.corporateparenting.web.disclosure.DisclosureSymbol;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A council compared with its statistical neighbours, its region and England, for every national indicator its
 * neighbours share for benchmarking: read only from what councils shared ({@link Publication#BENCHMARKING}, small
 * numbers already suppressed in each council) and England's values, never from another council's schema. The
 * council's rank and quartile among itself and its neighbours, and the neighbours' and region's averages, are
 * derived figures: worked out only when none of the figures they come from is suppressed.
 */
@Service
@Transactional(readOnly = true)
public class NeighbourComparison {

	private final JdbcClient jdbc;

	private final Councils councils;

	private final NationalIndicators indicators;

	private final StatisticalNeighbours neighbours;

	private final EnglandValues england;

	private final DisclosureControl disclosure;

	private final String values;

	NeighbourComparison(JdbcClient jdbc, Councils councils, NationalIndicators indicators,
			StatisticalNeighbours neighbours, EnglandValues england, DisclosureControl disclosure,
			PlatformSchema platform) {
		this.jdbc = jdbc;
		this.councils = councils;
		this.indicators = indicators;
		this.neighbours = neighbours;
		this.england = england;
		this.disclosure = disclosure;
		this.values = platform.table("published_value");
	}

	/** The current council's comparison for the period; the latest year its neighbours shared when none is named. */
	public Benchmarks compare(@Nullable String periodText) {
		Council council = councils.find(CouncilContext.require()).orElseThrow();
		Map<String, Council> byOnsCode = new HashMap<>();
		councils.all()
			.stream()
			.filter(c -> c.status() == CouncilStatus.ACTIVE)
			.forEach(c -> byOnsCode.put(c.onsCode(), c));
		List<String> codes = neighbours.of(council.onsCode());
		List<Neighbour> ranked = new ArrayList<>();
		for (int i = 0; i < codes.size(); i++) {
			Council neighbour = byOnsCode.get(codes.get(i));
			ranked.add(new Neighbour(i + 1, codes.get(i), neighbour == null ? null : neighbour.slug(),
					neighbour == null ? null : neighbour.name()));
		}
		List<Council> region = byOnsCode.values()
			.stream()
			.filter(c -> c.region().equals(council.region()))
			.sorted(Comparator.comparing(Council::name))
			.toList();
		Set<String> onPlatform = new LinkedHashSet<>();
		onPlatform.add(council.slug());
		ranked.stream().filter(n -> n.slug() != null).forEach(n -> onPlatform.add(n.slug()));
		region.forEach(c -> onPlatform.add(c.slug()));
		List<String> neighbourSlugs = ranked.stream().map(Neighbour::slug).filter(java.util.Objects::nonNull).toList();

		List<Period> periods = neighbourSlugs.isEmpty() ? List.of()
				: PartnershipComparison.latestFirst(jdbc.sql("select distinct period from " + values
						+ " where partnership_slug = :b and council_slug in (:councils)")
					.param("b", Publication.BENCHMARKING)
					.param("councils", neighbourSlugs)
					.query(String.class)
					.list());
		Period period = PartnershipComparison.chosen(periods, periodText);
		List<Benchmark> benchmarks = new ArrayList<>();
		if (period != null) {
			Map<String, Map<String, Shared>> byIndicator = new HashMap<>();
			jdbc.sql("select council_slug, indicator_code, value, suppressed from " + values
					+ " where partnership_slug = :b and period = :period and council_slug in (:councils)")
				.param("b", Publication.BENCHMARKING)
				.param("period", period.toString())
				.param("councils", List.copyOf(onPlatform))
				.query((rs, n) -> new Shared(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBoolean(4)))
				.list()
				.forEach(s -> byIndicator.computeIfAbsent(s.indicatorCode(), c -> new HashMap<>()).put(s.council(), s));
			Map<String, BigDecimal> englandValues = england.forPeriod(period);
			for (Indicator indicator : indicators.all()) {
				Map<String, Shared> row = byIndicator.getOrDefault(indicator.code(), Map.of());
				if (neighbourSlugs.stream().anyMatch(row::containsKey)) {
					benchmarks.add(benchmark(indicator, council, ranked, region, row,
							englandValues.get(indicator.code())));
				}
			}
		}
		return new Benchmarks(council.name(), council.onsCode(), council.region(), ranked,
				region.stream().map(Council::name).toList(), periods, period, benchmarks, neighbours.loaded());
	}

	private Benchmark benchmark(Indicator indicator, Council council, List<Neighbour> ranked, List<Council> region,
			Map<String, Shared> row, @Nullable BigDecimal englandValue) {
		Figure own = figure(indicator, row.get(council.slug()));
		List<Figure> theirs = ranked.stream()
			.map(n -> n.slug() == null ? figure(indicator, null) : figure(indicator, row.get(n.slug())))
			.toList();
		List<Figure> group = new ArrayList<>(theirs);
		group.add(own);
		boolean groupHidden = group.stream().anyMatch(Figure::suppressed);
		List<BigDecimal> groupShown = group.stream().map(Figure::value).filter(java.util.Objects::nonNull).toList();

		String rank;
		String quartile;
		Integer quartileBand = null;
		if (indicator.polarity() == Polarity.CONTEXT) {
			rank = DisclosureSymbol.NOT_APPLICABLE.symbol();
			quartile = DisclosureSymbol.NOT_APPLICABLE.symbol();
		}
		else if (groupHidden) {
			rank = DisclosureSymbol.SUPPRESSED.symbol();
			quartile = DisclosureSymbol.SUPPRESSED.symbol();
		}
		else if (own.value() == null || groupShown.size() < 2) {
			rank = DisclosureSymbol.NOT_AVAILABLE.symbol();
			quartile = DisclosureSymbol.NOT_AVAILABLE.symbol();
		}
		else {
			rank = Ranking.rank(indicator.polarity(), own.value(), groupShown) + " of " + groupShown.size();
			quartileBand = Ranking.band(indicator.polarity(), own.value(), groupShown);
			quartile = String.valueOf(quartileBand);
		}
		List<Figure> regional = region.stream().map(c -> figure(indicator, row.get(c.slug()))).toList();
		return new Benchmark(indicator, own, theirs, average(indicator, theirs), average(indicator, regional),
				(int) regional.stream().filter(f -> f.value() != null).count(),
				englandValue == null ? DisclosureSymbol.NOT_AVAILABLE.symbol()
						: indicator.unit() == Unit.COUNT ? disclosure.aggregateCount(englandValue)
								: indicator.format(englandValue),
				rank, quartile, quartileBand);
	}

	/**
	 * The average of the figures shared: {@code c} when any is suppressed, {@code x} when none was shared; an average
	 * of counts over councils is rounded as aggregates are.
	 */
	private String average(Indicator indicator, List<Figure> figures) {
		if (figures.stream().anyMatch(Figure::suppressed)) {
			return DisclosureSymbol.SUPPRESSED.symbol();
		}
		List<BigDecimal> shown = figures.stream().map(Figure::value).filter(java.util.Objects::nonNull).toList();
		if (shown.isEmpty()) {
			return DisclosureSymbol.NOT_AVAILABLE.symbol();
		}
		BigDecimal average = shown.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(shown.size()), 1, RoundingMode.HALF_UP);
		return indicator.unit() == Unit.COUNT ? disclosure.aggregateCount(average) : indicator.format(average);
	}

	private static Figure figure(Indicator indicator, @Nullable Shared shared) {
		if (shared == null) {
			return new Figure(null, DisclosureSymbol.NOT_AVAILABLE.symbol(), false);
		}
		if (shared.suppressed()) {
			return new Figure(null, DisclosureSymbol.SUPPRESSED.symbol(), true);
		}
		return new Figure(shared.value(), indicator.format(shared.value()), false);
	}

	record Shared(String council, String indicatorCode, @Nullable BigDecimal value, boolean suppressed) {
	}

	/**
	 * @param slug the neighbour's slug on the platform; null when it is not on the platform
	 * @param name its name on the platform; null when it is not on the platform
	 */
	public record Neighbour(int rank, String onsCode, @Nullable String slug, @Nullable String name) {
	}

	/** A figure as shared: its value, or null with {@code c} (suppressed) or {@code x} (not shared) in its place. */
	public record Figure(@Nullable BigDecimal value, String shown, boolean suppressed) {
	}

	/**
	 * @param neighbours one per statistical neighbour, in rank order
	 * @param regionCouncils how many of the region's councils on the platform shared a figure
	 * @param rank the council's place among itself and its neighbours ("2 of 9"), or a symbol
	 * @param quartileBand 1 (the best quarter) to 4; null when there is none
	 */
	public record Benchmark(Indicator indicator, Figure council, List<Figure> neighbours, String neighbourAverage,
			String region, int regionCouncils, String england, String rank, String quartile,
			@Nullable Integer quartileBand) {
	}

	/**
	 * @param regionCouncils the names of the region's councils on the platform (the council among them)
	 * @param table the statistical neighbour table as loaded (whether it is illustrative)
	 */
	public record Benchmarks(String council, String onsCode, String region, List<Neighbour> neighbours,
			List<String> regionCouncils, List<Period> periods, @Nullable Period period, List<Benchmark> indicators,
			StatisticalNeighbours.Loaded table) {
	}
}
