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
import org.corporateparenting.reporting.Polarity;
import org.corporateparenting.strategy.Theme;
import org.corporateparenting.tenancy.Council;
import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.tenancy.Partnership;
import org.corporateparenting.tenancy.Partnership.PartnershipKind;
import org.corporateparenting.tenancy.PlatformSchema;
import org.corporateparenting.web.NotFoundException;
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

	PartnershipComparison(JdbcClient jdbc, Councils councils, NationalIndicators indicators, PlatformSchema platform) {
		this.jdbc = jdbc;
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
		return jdbc.sql("select distinct period from " + values + " where partnership_slug = :p")
			.param("p", slug)
			.query(String.class)
			.list()
			.stream()
			.map(text -> Period.parse(text).orElseThrow())
			.sorted(Comparator.reverseOrder())
			.toList();
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
			Map<String, BigDecimal> englandValues = englandValues(period);
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

	private Comparison compare(Indicator indicator, List<MemberCouncil> members, Map<String, Published> row,
			@Nullable BigDecimal englandValue) {
		List<Cell> cells = new ArrayList<>();
		List<BigDecimal> shown = new ArrayList<>();
		for (MemberCouncil council : members) {
			Published published = row.get(council.slug());
			if (published != null && !published.suppressed()) {
				shown.add(published.value());
			}
		}
		BigDecimal average = shown.isEmpty() ? null
				: shown.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
					.divide(BigDecimal.valueOf(shown.size()), 1, RoundingMode.HALF_UP);
		for (MemberCouncil council : members) {
			Published published = row.get(council.slug());
			if (published == null) {
				cells.add(new Cell(council, null, false, "", null));
			}
			else if (published.suppressed()) {
				cells.add(new Cell(council, null, true, SmallNumbers.SUPPRESSED, null));
			}
			else {
				cells.add(new Cell(council, published.value(), false, indicator.format(published.value()),
						band(indicator.polarity(), published.value(), shown)));
			}
		}
		return new Comparison(indicator, cells, average, average == null ? "" : indicator.format(average),
				englandValue, englandValue == null ? "" : indicator.format(englandValue));
	}

	/**
	 * The quarter of the partnership's shown values a value falls in: 1 is the best quarter where better has a
	 * direction, the highest quarter for a context indicator.
	 */
	static @Nullable Integer band(Polarity polarity, BigDecimal value, List<BigDecimal> shown) {
		if (shown.size() < 2) {
			return null;
		}
		List<BigDecimal> ordered = new ArrayList<>(shown);
		ordered.sort(polarity == Polarity.LOWER_IS_BETTER ? Comparator.naturalOrder() : Comparator.reverseOrder());
		int position = 0;
		while (ordered.get(position).compareTo(value) != 0) {
			position++;
		}
		return position * 4 / ordered.size() + 1;
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

	private Map<String, BigDecimal> englandValues(Period period) {
		Map<String, BigDecimal> found = new HashMap<>();
		jdbc.sql("select indicator_code, value from " + england + " where period = :period")
			.param("period", period.toString())
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
			.list()
			.forEach(e -> found.put(e.getKey(), e.getValue()));
		return found;
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
	private static @Nullable Period chosen(List<Period> periods, @Nullable String text) {
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

	public record Comparison(Indicator indicator, List<Cell> cells, @Nullable BigDecimal average, String averageShown,
			@Nullable BigDecimal england, String englandShown) {
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
