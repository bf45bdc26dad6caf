package org.corporateparenting.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.corporateparenting.reporting.Cohort;
import org.corporateparenting.reporting.Period;
import org.corporateparenting.reporting.Polarity;
import org.corporateparenting.reporting.Unit;
import org.corporateparenting.reporting.application.PartnershipComparison.Cell;
import org.corporateparenting.reporting.application.PartnershipComparison.Comparison;
import org.corporateparenting.reporting.application.PartnershipComparison.MemberCouncil;
import org.corporateparenting.reporting.application.PartnershipComparison.PartnershipSummary;
import org.corporateparenting.reporting.domain.DashboardPriority;
import org.corporateparenting.strategy.Theme;
import org.corporateparenting.tenancy.Partnership.PartnershipKind;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The dashboard's RAG bars and the partnership's comparison and trend are images with a title and a description that give
 * their figures, label their parts in words, and never draw a suppressed value.
 */
class DashboardAndPartnershipChartsUnitTest {

	static final Indicator STAYING_PUT = new Indicator("STAYING-PUT", "Care leavers staying put", "d", Unit.PERCENTAGE,
			Polarity.HIGHER_IS_BETTER, Cohort.CARE_LEAVERS, "s", true, 0);

	static MemberCouncil council(String name) {
		return new MemberCouncil(name.toLowerCase(), name, "E0");
	}

	@Test
	void drawsEachPrioritysActionsAsAStackedBarOfGreenAmberRedAndNotRated() throws Exception {
		List<Dashboard.PriorityRow> rows = List.of(
				new Dashboard.PriorityRow(1, 1, "Safety and Permanency", Theme.HOMES_SAFETY_STABILITY,
						new DashboardPriority.Counts(6, 3, 2, 1, 0, 3, 1, 1)),
				new Dashboard.PriorityRow(2, 2, "Voice", Theme.VOICE_INFLUENCE,
						new DashboardPriority.Counts(2, 0, 0, 0, 2, 0, 0, 0)));
		Document svg = TrendChartUnitTest.parse(RagChart.svg(rows));
		assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
			.isEqualTo("Actions by priority and RAG rating");
		assertThat(svg.getElementsByTagName("desc").item(0).getTextContent()).contains(
				"Priority 1, Safety and Permanency: 3 green, 2 amber, 1 red, 0 not rated.",
				"Priority 2, Voice: 0 green, 0 amber, 0 red, 2 not rated.");
		assertThat(TrendChartUnitTest.texts(svg)).contains("Priority 1", "Priority 2", "6 in all", "2 in all", "Green",
				"Amber", "Red", "Not rated", "3");
		assertThat(svg.getElementsByTagName("rect").getLength()).as("three parts, one part, four legend keys")
			.isEqualTo(8);
	}

	@Test
	void comparesTheCouncilsWithTheAverageEnglandAndTheirQuartileBandsAndDrawsNoSuppressedValue() throws Exception {
		Comparison comparison = new Comparison(STAYING_PUT, List.of(
				new Cell(council("Walsall Council"), new BigDecimal("62"), false, "62%", 2),
				new Cell(council("Wirral Council"), null, true, "c", null),
				new Cell(council("Southwark Council"), new BigDecimal("70"), false, "70%", 1)),
				new BigDecimal("66.0"), "66%", new BigDecimal("58"), "58%", false);
		Document svg = TrendChartUnitTest.parse(ComparisonChart.svg(comparison, "2024-25"));
		assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
			.isEqualTo("Care leavers staying put, 2024-25: councils compared");
		assertThat(svg.getElementsByTagName("desc").item(0).getTextContent()).contains(
				"Walsall Council: 62%, quartile band 2.", "Wirral Council: c (fewer than 5, not published).",
				"Partnership average: 66%.", "England: 58%.");
		assertThat(TrendChartUnitTest.texts(svg)).contains("Walsall Council", "Wirral Council", "Southwark Council",
				"62%, band 2", "70%, band 1", "c", "Band 1", "Band 2", "Partnership average", "England");
		assertThat(svg.getElementsByTagName("rect").getLength()).as("two bands").isEqualTo(2);
		assertThat(svg.getElementsByTagName("circle").getLength()).as("two councils' values: none for the c")
			.isEqualTo(2);
		assertThat(TrendChartUnitTest.texts(svg)).as("the axis is fitted to 58% to 70%").doesNotContain("0%");
	}

	@Test
	void saysInWordsWhatTheDisclosureSymbolsStandFor() throws Exception {
		Comparison comparison = new Comparison(STAYING_PUT, List.of(
				new Cell(council("Walsall Council"), new BigDecimal("62"), false, "62%", null),
				new Cell(council("Wirral Council"), null, true, "c", null),
				new Cell(council("Southwark Council"), null, false, "x", null)),
				null, "c", null, "x", true);
		Document svg = TrendChartUnitTest.parse(ComparisonChart.svg(comparison, "2024-25"));

		assertThat(svg.getElementsByTagName("desc").item(0).getTextContent()).contains(
				"Southwark Council: not available.",
				"Partnership average: c (withheld: it would come from a figure too small to publish).",
				"England: not available.");
		assertThat(svg.getElementsByTagName("rect").getLength()).as("no bands without every figure").isZero();
	}

	@Test
	void drawsEachCouncilsTrendBesideTheAverageAndEnglandBreakingTheLineAtASuppressedValue() throws Exception {
		MemberCouncil walsall = council("Walsall Council");
		MemberCouncil wirral = council("Wirral Council");
		List<Comparison> rows = List.of(
				new Comparison(STAYING_PUT, List.of(new Cell(walsall, new BigDecimal("60"), false, "60%", 2),
						new Cell(wirral, new BigDecimal("64"), false, "64%", 1)), new BigDecimal("62"), "62%",
						new BigDecimal("58"), "58%", false),
				new Comparison(STAYING_PUT, List.of(new Cell(walsall, new BigDecimal("66"), false, "66%", null),
						new Cell(wirral, null, true, "c", null)), new BigDecimal("66"), "66%", null, "", false),
				new Comparison(STAYING_PUT, List.of(new Cell(walsall, new BigDecimal("70"), false, "70%", 1),
						new Cell(wirral, new BigDecimal("68"), false, "68%", 2)), new BigDecimal("69"), "69%",
						new BigDecimal("61"), "61%", false));
		PartnershipComparison.Trend trend = new PartnershipComparison.Trend(
				new PartnershipSummary("peers", "Peers", PartnershipKind.PEER_NETWORK), STAYING_PUT,
				List.of(walsall, wirral), List.of(Period.year(2022), Period.year(2023), Period.year(2024)), rows);
		Document svg = TrendChartUnitTest.parse(PartnershipTrendChart.svg(trend));
		assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
			.isEqualTo("Care leavers staying put: each council, the partnership average and England, period by period");
		assertThat(svg.getElementsByTagName("desc").item(0).getTextContent()).contains("From 2022-23 to 2024-25",
				"Walsall Council 70%", "Wirral Council 68%", "partnership average 69%", "England 61%");
		assertThat(TrendChartUnitTest.texts(svg)).contains("2022-23", "2023-24", "2024-25", "Walsall Council",
				"Wirral Council", "Partnership average", "England");
		assertThat(svg.getElementsByTagName("circle").getLength()).as("every value shown, none for the c")
			.isEqualTo(3 + 2 + 3 + 2);
		assertThat(svg.getElementsByTagName("polyline").getLength())
			.as("Walsall and the average whole; Wirral and England have no line across their missing value")
			.isEqualTo(2);
	}

	@Test
	void leavesEnglandsCountOffTheChartAsItIsOnAnotherScale() throws Exception {
		Indicator count = new Indicator("STAYING-PUT-COUNT", "Care leavers staying put", "d", Unit.COUNT,
				Polarity.HIGHER_IS_BETTER, Cohort.CARE_LEAVERS, "s", true, 0);
		Comparison comparison = new Comparison(count,
				List.of(new Cell(council("Walsall Council"), new BigDecimal("24"), false, "24", 2),
						new Cell(council("Wirral Council"), new BigDecimal("31"), false, "31", 1)),
				new BigDecimal("27.5"), "27.5", new BigDecimal("2110"), "2110", false);
		Document svg = TrendChartUnitTest.parse(ComparisonChart.svg(comparison, "2024-25"));
		assertThat(svg.getElementsByTagName("desc").item(0).getTextContent())
			.contains("England: 2110 (a count for all England, not drawn).");
		assertThat(TrendChartUnitTest.texts(svg)).doesNotContain("England", "2000");
	}
}
