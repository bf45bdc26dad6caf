package org.corporateparenting.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.corporateparenting.reporting.Cohort;
import org.corporateparenting.reporting.Polarity;
import org.corporateparenting.reporting.Unit;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The chart is well-formed XML (the PDF renderer needs that), says what it shows, and draws the target. */
class TrendChartUnitTest {

	static final Indicator PEPS = new Indicator("PEP-TIMESCALE", "Personal Education Plans <in> timescale", "d",
			Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, Cohort.CHILDREN_LOOKED_AFTER, "s", true, 0);

	static MeasurementView figure(String period, int value, Integer target) {
		return new MeasurementView(1, "PEP-TIMESCALE", period, BigDecimal.valueOf(value), value + "%", null, null,
				target == null ? null : BigDecimal.valueOf(target), null, null, null, false, "me", Instant.now(), 0);
	}

	@Test
	void drawsTheValuesAndTheTargetAsWellFormedSvg() throws Exception {
		String svg = TrendChart.svg(PEPS, List.of(figure("2018-19 Q2", 70, 95), figure("2019-20 Q2", 92, 95),
				figure("2019-20", 80, null)));
		Document document = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
		assertThat(document.getElementsByTagName("circle").getLength())
			.as("the latest figure is a year, so only years are drawn")
			.isEqualTo(1);
		String quarters = TrendChart.svg(PEPS, List.of(figure("2018-19 Q2", 70, 95), figure("2019-20 Q2", 92, 95)));
		assertThat(quarters).contains("stroke-dasharray", "From 70% in 2018-19 Q2 to 92% in 2019-20 Q2; target 95%",
				"&lt;in&gt;");
	}

	@Test
	void saysSoWhenThereIsNothingToDraw() {
		assertThat(TrendChart.svg(PEPS, List.of())).contains("No figures yet", "No figures have been entered yet.");
	}
}
