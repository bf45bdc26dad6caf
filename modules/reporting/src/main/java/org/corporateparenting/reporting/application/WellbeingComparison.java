package org.corporateparenting.reporting.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.corporateparenting.consultation.WellbeingDomain;
import org.corporateparenting.consultation.WellbeingTemplate;
import org.corporateparenting.consultation.WellbeingVersion;
import org.corporateparenting.tenancy.Council;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.CouncilStatus;
import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.tenancy.PlatformSchema;
import org.corporateparenting.web.disclosure.DisclosureSymbol;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A council's well-being survey results beside the average of every council taking part, version by version and
 * year by year: read only from what councils shared ({@code published_wellbeing}, suppressed in each council) and
 * never from another council's schema, and only for a council that takes part itself. The average is a derived
 * figure: left out ({@code c}) when any council's figure it comes from is suppressed. Where a council ran more than
 * one survey of a version in a year, its latest counts. Three statements whatever the number of councils.
 */
@Service
@Transactional(readOnly = true)
public class WellbeingComparison {

	private final JdbcClient jdbc;

	private final Councils councils;

	private final String participants;

	private final String results;

	WellbeingComparison(JdbcClient jdbc, Councils councils, PlatformSchema platform) {
		this.jdbc = jdbc;
		this.councils = councils;
		this.participants = platform.table("wellbeing_participant");
		this.results = platform.table("published_wellbeing");
	}

	/**
	 * @param version the survey's version; the younger children's when none is given
	 * @param year the year the surveys closed; the latest any council taking part shared when none is given
	 */
	public Comparison compare(@Nullable WellbeingVersion version, @Nullable Integer year) {
		Council council = councils.find(CouncilContext.require()).orElseThrow();
		WellbeingVersion chosen = version == null ? WellbeingVersion.YOUNGER_CHILDREN : version;
		Set<String> active = councils.all()
			.stream()
			.filter(c -> c.status() == CouncilStatus.ACTIVE)
			.map(Council::slug)
			.collect(Collectors.toSet());
		List<String> taking = jdbc.sql("select council_slug from " + participants + " where opted_in")
			.query(String.class)
			.list()
			.stream()
			.filter(active::contains)
			.toList();
		boolean takesPart = taking.contains(council.slug());
		List<Integer> years = !takesPart ? List.of()
				: jdbc.sql("select distinct survey_year from " + results + " where wellbeing_version = :version and"
						+ " edition = :edition and council_slug in (:councils) order by survey_year desc")
					.param("version", chosen.name())
					.param("edition", WellbeingTemplate.EDITION)
					.param("councils", taking)
					.query(Integer.class)
					.list();
		Integer shownYear = year != null && years.contains(year) ? year : years.isEmpty() ? null : years.getFirst();
		Map<String, Map<String, Shared>> byCouncil = new HashMap<>();
		if (shownYear != null) {
			Map<String, Long> latest = new HashMap<>();
			List<Shared> rows = jdbc.sql("select council_slug, consultation_id, result_key, share, suppressed from "
					+ results + " where wellbeing_version = :version and edition = :edition and survey_year = :year"
					+ " and council_slug in (:councils)")
				.param("version", chosen.name())
				.param("edition", WellbeingTemplate.EDITION)
				.param("year", shownYear)
				.param("councils", taking)
				.query((rs, n) -> new Shared(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4),
						rs.getBoolean(5)))
				.list();
			rows.forEach(row -> latest.merge(row.council(), row.consultationId(), Math::max));
			rows.stream()
				.filter(row -> row.consultationId() == latest.get(row.council()))
				.forEach(row -> byCouncil.computeIfAbsent(row.council(), c -> new HashMap<>()).put(row.key(), row));
		}
		List<Item> items = new ArrayList<>();
		for (WellbeingDomain domain : WellbeingDomain.values()) {
			items.add(item(domain.name(), domain, domain.label(), true, council.slug(), byCouncil));
		}
		for (WellbeingTemplate.TemplateQuestion question : WellbeingTemplate.questions(chosen)) {
			items.add(item(question.key(), question.domain(), question.text(), false, council.slug(), byCouncil));
		}
		return new Comparison(council.name(), chosen, chosen.label(), takesPart, years, shownYear, byCouncil.size(),
				byCouncil.containsKey(council.slug()), items);
	}

	private static Item item(String key, WellbeingDomain domain, String label, boolean wholeDomain, String own,
			Map<String, Map<String, Shared>> byCouncil) {
		List<Shared> figures = byCouncil.values().stream().map(c -> c.get(key)).filter(Objects::nonNull).toList();
		Figure council = figure(byCouncil.getOrDefault(own, Map.of()).get(key));
		String average;
		BigDecimal averageValue = null;
		List<BigDecimal> shown = figures.stream().map(Shared::share).filter(Objects::nonNull).toList();
		if (figures.stream().anyMatch(Shared::suppressed)) {
			average = DisclosureSymbol.SUPPRESSED.symbol();
		}
		else if (shown.isEmpty()) {
			average = DisclosureSymbol.NOT_AVAILABLE.symbol();
		}
		else {
			averageValue = shown.stream()
				.reduce(BigDecimal.ZERO, BigDecimal::add)
				.divide(BigDecimal.valueOf(shown.size()), 1, RoundingMode.HALF_UP);
			average = percent(averageValue);
		}
		return new Item(key, domain, label, wholeDomain, council, average, averageValue, figures.size());
	}

	private static Figure figure(@Nullable Shared shared) {
		if (shared == null || !shared.suppressed() && shared.share() == null) {
			return new Figure(null, DisclosureSymbol.NOT_AVAILABLE.symbol(), false);
		}
		if (shared.suppressed()) {
			return new Figure(null, DisclosureSymbol.SUPPRESSED.symbol(), true);
		}
		return new Figure(shared.share(), percent(shared.share()), false);
	}

	private static String percent(BigDecimal share) {
		return share.stripTrailingZeros().toPlainString() + "%";
	}

	record Shared(String council, long consultationId, String key, @Nullable BigDecimal share, boolean suppressed) {
	}

	/** A share as shared: its value, or null with {@code c} (suppressed) or {@code x} (not shared) in its place. */
	@Schema(name = "WellbeingComparisonFigure")
	public record Figure(@Nullable BigDecimal value, String shown, boolean suppressed) {
	}

	/**
	 * @param wholeDomain whether it is a domain (its questions together) rather than one question
	 * @param average the average of the councils' shares, or {@code c} or {@code x}
	 * @param councils how many councils taking part shared a figure for it
	 */
	@Schema(name = "WellbeingComparisonItem")
	public record Item(String key, WellbeingDomain domain, String label, boolean wholeDomain, Figure council,
			String average, @Nullable BigDecimal averageValue, int councils) {
	}

	/**
	 * @param takesPart whether the council takes part: only then does it see the comparison
	 * @param years the years councils taking part shared this version for, latest first
	 * @param councils how many councils taking part shared this version for the year
	 * @param councilShared whether the council itself shared a survey of this version for the year
	 */
	@Schema(name = "WellbeingComparison")
	public record Comparison(String councilName, WellbeingVersion version, String versionLabel, boolean takesPart,
			List<Integer> years, @Nullable Integer year, int councils, boolean councilShared, List<Item> items) {

		public List<Item> domains() {
			return items.stream().filter(Item::wholeDomain).toList();
		}

		public List<Item> questions() {
			return items.stream().filter(item -> !item.wholeDomain()).toList();
		}
	}
}
