package org.corporateparenting.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.corporateparenting.reporting.Cohort;
import org.corporateparenting.reporting.Polarity;
import org.corporateparenting.reporting.Unit;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The chart is well-formed XML (the PDF renderer needs that), says what it shows in its title and description,
 * labels every period, places periods by their dates, fits its axis to the figures and draws the target.
 */
class TrendChartUnitTest {

	static final Indicator PEPS = new Indicator("PEP-TIMESCALE", "Personal Education Plans <in> timescale", "d",
			Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, Cohort.CHILDREN_LOOKED_AFTER, "s", true, 0);

	static MeasurementView figure(String period, int value, Integer target) {
		return new MeasurementView(1, "PEP-TIMESCALE", period, BigDecimal.valueOf(value), value + "%", null, null,
				target == null ? null : BigDecimal.valueOf(target), null, null, null, false, "me", Instant.now(), 0);
	}

	static Document parse(String svg) throws Exception {
		return DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	static List<String> texts(Document document) {
		List<String> texts = new ArrayList<>();
		NodeList nodes = document.getElementsByTagName("text");
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}

	static List<Double> pointsX(Document document) {
		List<Double> xs = new ArrayList<>();
		NodeList circles = document.getElementsByTagName("circle");
		for (int i = 0; i < circles.getLength(); i++) {
			xs.add(Double.valueOf(((Element) circles.item(i)).getAttribute("cx")));
		}
		return xs;
	}

	@Test
	void drawsTheValuesAndTheTargetAsWellFormedSvgWithATitleAndDescription() throws Exception {
		Document document = parse(TrendChart.svg(PEPS, List.of(figure("2018-19 Q2", 70, 95),
				figure("2019-20 Q2", 92, 95), figure("2019-20", 80, null))));
		assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
		assertThat(document.getDocumentElement().getAttribute("role")).isEqualTo("img");
		assertThat(document.getElementsByTagName("title").item(0).getTextContent())
			.isEqualTo("Personal Education Plans <in> timescale: trend");
		assertThat(pointsX(document)).as("the latest figure is a year, so only years are drawn").hasSize(1);
		Document quarters = parse(TrendChart.svg(PEPS, List.of(figure("2018-19 Q2", 70, 95),
				figure("2019-20 Q2", 92, 95))));
		assertThat(quarters.getElementsByTagName("desc").item(0).getTextContent())
			.startsWith("From 70% in 2018-19 Q2 to 92% in 2019-20 Q2; target 95%");
		assertThat(texts(quarters)).contains("Value", "Target");
	}

	@Test
	void labelsEveryPeriodAndPlacesThemByTheirDates() throws Exception {
		Document document = parse(TrendChart.svg(PEPS, List.of(figure("2016-17", 60, 90), figure("2017-18", 64, 90),
				figure("2018-19", 70, 90), figure("2021-22", 80, 90), figure("2022-23", 85, 90))));
		assertThat(texts(document)).contains("2016-17", "2017-18", "2018-19", "2021-22", "2022-23");
		List<Double> x = pointsX(document);
		double oneYear = x.get(1) - x.get(0);
		assertThat(x.get(3) - x.get(2)).as("three years apart, three times as far").isCloseTo(3 * oneYear,
				org.assertj.core.data.Offset.offset(2.0));
		assertThat(x.get(4) - x.get(3)).isCloseTo(oneYear, org.assertj.core.data.Offset.offset(2.0));
		assertThat(document.getElementsByTagName("polyline").getLength())
			.as("the target, and the figures in two lines: none entered for 2019-20 and 2020-21")
			.isEqualTo(3);
	}

	@Test
	void isScaledDownWholeToFitAPrintedPage() throws Exception {
		List<MeasurementView> quarters = new ArrayList<>();
		for (int year = 2016; year < 2026; year++) {
			for (int quarter = 1; quarter <= 4; quarter++) {
				quarters.add(figure("%d-%02d Q%d".formatted(year, (year + 1) % 100, quarter), 80 + quarter, 90));
			}
		}
		Element onPage = parse(TrendChart.svg(PEPS, quarters)).getDocumentElement();
		Element printed = parse(TrendChart.svg(PEPS, quarters, 640)).getDocumentElement();
		assertThat(Double.valueOf(onPage.getAttribute("width"))).as("room for forty labels").isGreaterThan(640);
		assertThat(printed.getAttribute("width")).isEqualTo("640");
		assertThat(printed.getAttribute("height")).as("in whole pixels, as the PDF renderer needs").matches("\\d+");
		assertThat(printed.getAttribute("viewBox")).isEqualTo(onPage.getAttribute("viewBox"));
		assertThat(texts(printed.getOwnerDocument())).contains("2016-17 Q1", "2025-26 Q4");
	}

	@Test
	void fitsTheAxisToTheFiguresAndTheTarget() throws Exception {
		List<String> labels = texts(parse(TrendChart.svg(PEPS, List.of(figure("2023-24 Q1", 90, 95),
				figure("2023-24 Q2", 93, 95), figure("2023-24 Q3", 97, 95)))));
		assertThat(labels).as("the axis of 90% to 97% does not start at nought").doesNotContain("0%")
			.anyMatch(label -> label.matches("8\\d(\\.\\d)?%"))
			.anyMatch(label -> label.matches("(9[89]|100)(\\.\\d)?%"));
		ChartScale scale = ChartScale.fitted(List.of(90.0, 97.0, 95.0), true);
		assertThat(scale.min()).isGreaterThanOrEqualTo(80).isLessThanOrEqualTo(90);
		assertThat(scale.max()).isGreaterThanOrEqualTo(97).isLessThanOrEqualTo(100);
	}

	@Test
	void drawsASparklineAgainstTheTarget() throws Exception {
		Document document = parse(TrendChart.sparkline(PEPS, List.of(figure("2018-19 Q2", 70, 95),
				figure("2019-20 Q2", 92, 95))));
		assertThat(document.getElementsByTagName("title").item(0).getTextContent()).contains("trend");
		assertThat(document.getElementsByTagName("polyline").getLength()).as("the figures and the target").isEqualTo(2);
	}

	@Test
	void saysSoWhenThereIsNothingToDraw() {
		assertThat(TrendChart.svg(PEPS, List.of())).contains("No figures yet", "No figures have been entered yet.");
	}
}
