package org.corporateparenting.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.corporateparenting.reporting.application.IndicatorTiles.Tile;
import org.corporateparenting.reporting.application.Rating.Trend;
import org.corporateparenting.strategy.Rag;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.onboarding.CouncilOnboarding;
import org.corporateparenting.tenancy.testing.FreshCouncils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * An indicator's figures as the council dashboard shows them: a figure recorded for an indicator the council follows
 * is on its dashboard as soon as it is recorded (the dashboard built before it is not shown again), with its RAG
 * against the target and which way it moved; another council sees none of it. Each test works in a council of its
 * own.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class ReportingModuleTest {

	/** A national indicator where higher is better, shown as a percentage. */
	static final String STABILITY = "PLACEMENT-STABILITY";

	@Autowired
	IndicatorCatalogue catalogue;

	@Autowired
	MeasurementRecording recording;

	@Autowired
	Dashboard dashboard;

	@Autowired
	CouncilOnboarding onboarding;

	String council;

	@BeforeEach
	void council() {
		council = FreshCouncils.onboard(onboarding, "measureshire");
	}

	@Test
	void aFigureRecordedForAFollowedIndicatorIsOnTheDashboardAtOnceWithItsRagAndTrend() {
		CouncilContext.runIn(council, () -> catalogue.track(STABILITY, null));
		Tile followed = single(tiles(council));
		assertThat(followed.indicator().code()).isEqualTo(STABILITY);
		assertThat(followed.latest()).isNull();
		assertThat(followed.rag()).isNull();

		record(council, "2023-24", "72");
		Tile first = single(tiles(council));
		assertThat(shown(first.latest())).isEqualTo("72%");
		assertThat(first.rag()).isEqualTo(Rag.GREEN);
		assertThat(first.trend()).isEqualTo(Trend.NONE);

		record(council, "2024-25", "68");
		Tile second = single(tiles(council));
		assertThat(shown(second.latest())).isEqualTo("68%");
		assertThat(second.latest().period()).isEqualTo("2024-25");
		assertThat(second.target()).isEqualTo("70%");
		// Two points short of the target, within the tolerance of five.
		assertThat(second.rag()).isEqualTo(Rag.AMBER);
		assertThat(shown(second.previous())).isEqualTo("72%");
		assertThat(second.trend()).isEqualTo(Trend.DOWN_WORSE);
	}

	@Test
	void anotherCouncilSeesNoneOfACouncilsIndicatorsOrFigures() {
		String other = FreshCouncils.onboard(onboarding, "measureshire");
		CouncilContext.runIn(council, () -> catalogue.track(STABILITY, null));
		record(council, "2024-25", "68");
		assertThat(shown(single(tiles(council)).latest())).isEqualTo("68%");

		assertThat(tiles(other)).as("the other council follows no indicator").isEmpty();
		CouncilContext.runIn(other, () -> catalogue.track(STABILITY, null));
		assertThat(single(tiles(other)).latest()).isNull();
		assertThat(CouncilContext.callIn(other, () -> recording.history(STABILITY))).isEmpty();

		assertThat(shown(single(tiles(council)).latest())).isEqualTo("68%");
	}

	/** Records the indicator's figure for the year against a target of 70% with a tolerance of five points. */
	private void record(String council, String year, String value) {
		CouncilContext.runIn(council, () -> recording.record(STABILITY, new MeasurementRequest(year,
				new BigDecimal(value), null, null, new BigDecimal("70"), new BigDecimal("5"), null, null, null),
				"officer"));
	}

	private List<Tile> tiles(String council) {
		return CouncilContext.callIn(council, () -> dashboard.view().tiles());
	}

	private static Tile single(List<Tile> tiles) {
		assertThat(tiles).hasSize(1);
		return tiles.getFirst();
	}

	/** The figure as the tile shows it; a tile without one fails here rather than with a null pointer. */
	private static String shown(MeasurementView figure) {
		assertThat(figure).as("a figure on the tile").isNotNull();
		return figure.shown();
	}
}
