package org.corporateparenting.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.corporateparenting.reporting.domain.DashboardPriority;
import org.corporateparenting.strategy.ActionStatus;
import org.corporateparenting.strategy.Rag;
import org.corporateparenting.strategy.StrategyProgress.ActionLine;
import org.corporateparenting.strategy.Theme;
import org.junit.jupiter.api.Test;

/**
 * Delivery progress by theme counts the actions rated green or complete: an action whose status still says on
 * track while it is rated red (overdue, say) is not progress, so the theme figures never contradict the RAG counts.
 */
class DeliveryByThemeUnitTest {

	static ActionLine action(ActionStatus status, Rag rag) {
		return new ActionLine(1, "A-1", "An action", null, LocalDate.of(2027, 3, 31), status,
				status == ActionStatus.COMPLETE ? 100 : 40, rag, rag == Rag.RED, null, "/actions/1");
	}

	@Test
	void countsGreenOrCompleteAndNotOnTrackWhenItIsRedOrAmber() {
		DashboardPriority.Counts counts = DashboardReadModel.count(List.of(action(ActionStatus.ON_TRACK, Rag.RED),
				action(ActionStatus.ON_TRACK, Rag.RED), action(ActionStatus.ON_TRACK, Rag.AMBER),
				action(ActionStatus.NOT_STARTED, Rag.GREEN), action(ActionStatus.COMPLETE, Rag.GREEN),
				action(ActionStatus.COMPLETE, Rag.AMBER), action(ActionStatus.CARRIED_FORWARD, null)));

		assertThat(counts.actions()).isEqualTo(6);
		assertThat(counts.greenOrComplete()).as("one green, two complete (one of them overridden to amber)")
			.isEqualTo(3);
		List<Dashboard.ThemeProgress> themes = Dashboard
			.themes(List.of(new Dashboard.PriorityRow(1, 1, "Homes", Theme.HOMES_SAFETY_STABILITY, counts)));
		assertThat(themes).singleElement().satisfies(theme -> {
			assertThat(theme.greenOrComplete()).isEqualTo(3);
			assertThat(theme.percentage()).isEqualTo(50);
		});
	}

	@Test
	void aPlanOfRedActionsOnTrackByStatusShowsNoProgress() {
		DashboardPriority.Counts allRed = DashboardReadModel.count(
				List.of(action(ActionStatus.ON_TRACK, Rag.RED), action(ActionStatus.NOT_STARTED, Rag.RED)));
		assertThat(Dashboard.themes(List.of(new Dashboard.PriorityRow(1, 1, "Voice", Theme.VOICE_INFLUENCE, allRed))))
			.singleElement()
			.extracting(Dashboard.ThemeProgress::percentage)
			.isEqualTo(0);
	}
}
