package org.corporateparenting.reporting.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.corporateparenting.reporting.Period;
import org.corporateparenting.reporting.Unit;
import org.corporateparenting.strategy.Theme;
import org.corporateparenting.tenancy.Council;
import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.tenancy.Partnership;
import org.corporateparenting.tenancy.Partnership.PartnershipKind;
import org.corporateparenting.tenancy.PlatformSchema;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.disclosure.DisclosureControl;
import org.corporateparenting.web.disclosure.DisclosureSymbol;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partnership's comparisons, read from what its councils published to the platform schema (never from their
 * schemas): councils side by side per indicator with the partnership's average, quartile bands and England's
 * value, each council's trend, and delivery progress by standard theme. Suppressed values show as {@code c} and
 * are left out of averages and bands.
 */
@Service
@Transactional(readOnly = true)
public class PartnershipComparison {

	private final JdbcClient jdbc;

	private final Councils councils;

	private final NationalIndicators indicators;

	private final String values;

	private final String themes;

	private final String england;

	private final DisclosureControl disclosure;

	private final EnglandValues englandValuesOf;

	PartnershipComparison(JdbcClient jdbc, Councils councils, NationalIndicators indicators, PlatformSchema platform,
			DisclosureControl disclosure, EnglandValues englandValuesOf) {
		this.jdbc = jdbc;
		this.englandValuesOf = englandValuesOf;
		this.disclosure = disclosure;
		this.councils = councils;
		this.indicators = indicators;
		this.values = platform.table("published_value");
		this.themes = platform.table("published_theme_progress");
		this.england = platform.table("england_value");
	}

	public Partnership partnership(String slug) {
		return councils.findPartnership(slug).orElseThrow(() -> new NotFoundException("No partnership " + slug));
	}

	/** The periods anything was published for, latest first. */
	public List<Period> periods(String slug) {
		partnership(slug);
		return publishedPeriods(slug);
	}

	private List<Period> publishedPeriods(String slug) {
		return latestFirst(jdbc.sql("select distinct period from " + values + " where partnership_slug = :p")
			.param("p", slug)
			.query(String.class)
			.list());
	}

	/** Periods as the platform schema stores them, latest first. */
	static List<Period> latestFirst(List<String> periods) {
		return periods.stream().map(text -> Period.parse(text).orElseThrow()).sorted(Comparator.reverseOrder()).toList();
	}

	/** Every shared indicator's values for the period, councils side by side; the latest year when none is named. */
	public Overview overview(String slug, @Nullable String periodText) {
		Partnership partnership = partnership(slug);
		List<Period> periods = publishedPeriods(slug);
		Period period = chosen(periods, periodText);
		List<MemberCouncil> members = members(partnership);
		List<Comparison> comparisons = new ArrayList<>();
		if (period != null) {
			Map<String, Map<String, Published>> byIndicator = new LinkedHashMap<>();
			published(slug, period).forEach(p -> byIndicator.computeIfAbsent(p.indicatorCode(), c -> new HashMap<>())
				.put(p.council(), p));
			Map<String, BigDecimal> englandValues = englandValuesOf.forPeriod(period);
			for (Indicator indicator : indicators.all()) {
				Map<String, Published> row = byIndicator.get(indicator.code());
				if (row != null) {
					comparisons.add(compare(indicator, members, row, englandValues.get(indicator.code())));
				}
			}
		}
		return new Overview(PartnershipSummary.of(partnership), members, periods, period, comparisons,
				themeRows(slug, members));
	}

	/** One indicator's values over every period published, council by council. */
	public Trend trend(String slug, String code) {
		Partnership partnership = partnership(slug);
		Indicator indicator = indicators.find(code).orElseThrow(() -> new NotFoundException("No indicator " + code));
		List<MemberCouncil> members = members(partnership);
		Map<Period, Map<String, Published>> byPeriod = new java.util.TreeMap<>();
		jdbc.sql("select council_slug, indicator_code, period, value, suppressed from " + values
				+ " where partnership_slug = :p and indicator_code = :code")
			.param("p", slug)
			.param("code", code)
			.query(PartnershipComparison::row)
			.list()
			.forEach(p -> byPeriod.computeIfAbsent(Period.parse(p.period()).orElseThrow(), x -> new HashMap<>())
				.put(p.council(), p));
		Map<String, Map<Period, BigDecimal>> englandByPeriod = new HashMap<>();
		jdbc.sql("select period, value from " + england + " where indicator_code = :code")
			.param("code", code)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
			.list()
			.forEach(e -> englandByPeriod.computeIfAbsent(code, c -> new HashMap<>())
				.put(Period.parse(e.getKey()).orElseThrow(), e.getValue()));
		List<Comparison> rows = byPeriod.entrySet()
			.stream()
			.map(e -> compare(indicator, members, e.getValue(),
					englandByPeriod.getOrDefault(code, Map.of()).get(e.getKey())))
			.toList();
		return new Trend(PartnershipSummary.of(partnership), indicator, members, List.copyOf(byPeriod.keySet()), rows);
	}

	/**
	 * The councils side by side. The average and the quartile bands are derived figures: they are worked out only
	 * when no council's figure is suppressed (one left out would skew them), and shown as {@code c} otherwise.
	 */
	private Comparison compare(Indicator indicator, List<MemberCouncil> members, Map<String, Published> row,
			@Nullable BigDecimal englandValue) {
		List<Cell> cells = new ArrayList<>();
		List<BigDecimal> shown = new ArrayList<>();
		boolean anyHidden = false;
		for (MemberCouncil council : members) {
			Published published = row.get(council.slug());
			if (published != null && published.suppressed()) {
				anyHidden = true;
			}
			else if (published != null) {
				shown.add(published.value());
			}
		}
		BigDecimal average = anyHidden || shown.isEmpty() ? null
				: shown.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
					.divide(BigDecimal.valueOf(shown.size()), 1, RoundingMode.HALF_UP);
		for (MemberCouncil council : members) {
			Published published = row.get(council.slug());
			if (published == null) {
				cells.add(new Cell(council, null, false, DisclosureSymbol.NOT_AVAILABLE.symbol(), null));
			}
			else if (published.suppressed()) {
				cells.add(new Cell(council, null, true, SmallNumbers.SUPPRESSED, null));
			}
			else {
				cells.add(new Cell(council, published.value(), false, indicator.format(published.value()),
						anyHidden ? null : Ranking.band(indicator.polarity(), published.value(), shown)));
			}
		}
		BigDecimal england = englandValue == null || indicator.unit() != Unit.COUNT ? englandValue
				: disclosure.roundAggregate(englandValue);
		return new Comparison(indicator, cells, average,
				anyHidden ? SmallNumbers.SUPPRESSED
						: average == null ? DisclosureSymbol.NOT_AVAILABLE.symbol() : indicator.format(average),
				england, englandShown(indicator, englandValue), anyHidden);
	}

	/** England's value as shown: a count rounded as aggregates are, {@code x} when none was entered. */
	String englandShown(Indicator indicator, @Nullable BigDecimal value) {
		if (value == null) {
			return DisclosureSymbol.NOT_AVAILABLE.symbol();
		}
		return indicator.unit() == Unit.COUNT ? disclosure.aggregateCount(value) : indicator.format(value);
	}

	/** Delivery progress by standard theme, as each council last shared it. */
	public List<ThemeRow> themeRows(String slug, List<MemberCouncil> members) {
		Map<Theme, Map<String, ThemeCell>> byTheme = new java.util.EnumMap<>(Theme.class);
		jdbc.sql("select council_slug, theme, share, suppressed, as_at from " + themes + " where partnership_slug = :p")
			.param("p", slug)
			.query((rs, n) -> Map.entry(rs.getString(2), new ThemeCell(rs.getString(1), rs.getBigDecimal(3),
					rs.getBoolean(4), rs.getTimestamp(5).toInstant())))
			.list()
			.forEach(e -> byTheme.computeIfAbsent(Theme.valueOf(e.getKey()), t -> new HashMap<>())
				.put(e.getValue().council(), e.getValue()));
		List<ThemeRow> rows = new ArrayList<>();
		byTheme.forEach((theme, cells) -> rows.add(new ThemeRow(theme,
				members.stream().map(council -> cells.get(council.slug())).toList())));
		return rows;
	}

	private List<Published> published(String slug, Period period) {
		return jdbc.sql("select council_slug, indicator_code, period, value, suppressed from " + values
				+ " where partnership_slug = :p and period = :period")
			.param("p", slug)
			.param("period", period.toString())
			.query(PartnershipComparison::row)
			.list();
	}

	private static Published row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Published(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
				rs.getBoolean(5));
	}

	private List<MemberCouncil> members(Partnership partnership) {
		Map<String, Council> bySlug = new HashMap<>();
		councils.all().forEach(council -> bySlug.put(council.slug(), council));
		return partnership.councils()
			.stream()
			.map(bySlug::get)
			.filter(java.util.Objects::nonNull)
			.sorted(Comparator.comparing(Council::name))
			.map(council -> new MemberCouncil(council.slug(), council.name(), council.onsCode()))
			.toList();
	}

	/** The period asked for, else the latest whole year, else the latest period. */
	static @Nullable Period chosen(List<Period> periods, @Nullable String text) {
		if (text != null && !text.isBlank()) {
			Period asked = Period.parse(text).orElseThrow(() -> new NotFoundException("No period " + text));
			return asked;
		}
		Optional<Period> year = periods.stream().filter(p -> !p.isQuarter()).findFirst();
		return year.or(() -> periods.stream().findFirst()).orElse(null);
	}

	record Published(String council, String indicatorCode, String period, @Nullable BigDecimal value,
			boolean suppressed) {
	}

	/** @param band 1 to 4, the quarter of the partnership the value falls in; null when it cannot be placed */
	/**
	 * A member council as a comparison names it: nothing of its place on the platform (issuers, schema, shard, its
	 * other partnerships) leaves the council.
	 */
	public record MemberCouncil(String slug, String name, String onsCode) {
	}

	/** The partnership compared, without its membership's workings. */
	public record PartnershipSummary(String slug, String name, PartnershipKind kind) {

		static PartnershipSummary of(Partnership partnership) {
			return new PartnershipSummary(partnership.slug(), partnership.name(), partnership.kind());
		}
	}

	public record Cell(MemberCouncil council, @Nullable BigDecimal value, boolean suppressed, String shown,
			@Nullable Integer band) {
	}

	/**
	 * @param averageShown the average as shown: {@code c} when a council's figure is suppressed, {@code x} when none
	 *     was published
	 * @param england England's value (a count rounded as aggregates are); null when none was entered
	 * @param derivedWithheld whether the average and the quartile bands were left out because a council's figure is
	 *     suppressed
	 */
	public record Comparison(Indicator indicator, List<Cell> cells, @Nullable BigDecimal average, String averageShown,
			@Nullable BigDecimal england, String englandShown, boolean derivedWithheld) {
	}

	/** @param asAt when the council's figures were counted */
	public record ThemeCell(String council, @Nullable BigDecimal share, boolean suppressed, java.time.Instant asAt) {

		public String shown() {
			return suppressed ? SmallNumbers.SUPPRESSED : share == null ? "" : share.stripTrailingZeros().toPlainString() + "%";
		}
	}

	/** @param cells one per member council, in the members' order; null where the council published nothing */
	public record ThemeRow(Theme theme, List<@Nullable ThemeCell> cells) {
	}

	public record Overview(PartnershipSummary partnership, List<MemberCouncil> councils, List<Period> periods,
			@Nullable Period period, List<Comparison> comparisons, List<ThemeRow> themes) {
	}

	public record Trend(PartnershipSummary partnership, Indicator indicator, List<MemberCouncil> councils, List<Period> periods,
			List<Comparison> rows) {
	}
}
