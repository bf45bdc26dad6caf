package org.corporateparenting.reporting.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

import org.corporateparenting.alliance.AllianceProgress;
import org.corporateparenting.consultation.ConsultationProgress;
import org.corporateparenting.pledges.PledgeProgress;
import org.corporateparenting.reporting.Period;
import org.corporateparenting.reporting.domain.BoardPack;
import org.corporateparenting.reporting.domain.DashboardPriority;
import org.corporateparenting.strategy.StrategyProgress;
import org.corporateparenting.strategy.StrategyProgress.PlanProgress;
import org.corporateparenting.strategy.StrategyProgress.PriorityProgress;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.Councils;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills a board pack in from the live records, section by section, in the order of the council report template:
 * progress by priority with RAG tables, pledges and work streams, the alliance, the voice of the child, the
 * performance indicators with their charts, and the action plan as the appendix.
 */
@Service
@Transactional(readOnly = true)
public class BoardPackDocument {

	/** The widest a chart is printed, in CSS pixels: the text width of an A4 page between its margins. */
	static final int PRINTED_CHART_WIDTH = 640;

	private final BoardPackDrafts drafts;

	private final StrategyProgress strategy;

	private final PledgeProgress pledges;

	private final AllianceProgress alliance;

	private final ConsultationProgress consultation;

	private final IndicatorTiles tiles;

	private final Councils councils;

	private final Clock clock;

	BoardPackDocument(BoardPackDrafts drafts, StrategyProgress strategy, PledgeProgress pledges,
			AllianceProgress alliance, ConsultationProgress consultation, IndicatorTiles tiles, Councils councils,
			Clock clock) {
		this.drafts = drafts;
		this.strategy = strategy;
		this.pledges = pledges;
		this.alliance = alliance;
		this.consultation = consultation;
		this.tiles = tiles;
		this.councils = councils;
		this.clock = clock;
	}

	public Content assemble(long id) {
		return assemble(id, (percent, step) -> {
		});
	}

	/** @param progress told how far the assembly has got (percent, step), for a generation's progress page */
	public Content assemble(long id, BiConsumer<Integer, String> progress) {
		BoardPack pack = drafts.pack(id);
		Period period = pack.getPeriod();
		LocalDate today = LocalDate.now(clock);
		String councilName = councils.find(CouncilContext.require()).orElseThrow().name();
		progress.accept(10, "Reading the action plan");
		PlanProgress plan = strategy.current(today).orElse(null);
		List<PriorityTable> priorities = plan == null ? List.of()
				: plan.priorities()
					.stream()
					.map(priority -> new PriorityTable(priority, DashboardReadModel.count(priority.actions())))
					.toList();
		progress.accept(25, "Reading the pledges and work streams");
		List<PledgeProgress.PledgeSetProgress> pledgeSets = pledges.inForce();
		List<PledgeProgress.WorkStreamProgress> workStreams = pledges.workStreams();
		progress.accept(40, "Reading the alliance's meetings");
		List<AllianceProgress.BodyCadence> cadence = alliance.cadence(today);
		long overdue = alliance.overdueActions(today);
		List<AllianceProgress.MeetingSummary> meetings = alliance.meetingsBetween(period.start(), period.end());
		progress.accept(55, "Reading consultations and \"you said, we did\"");
		ConsultationProgress.Counts voice = consultation.counts();
		List<ConsultationProgress.ConsultationSummary> consultations = consultation.between(period.start(),
				period.end());
		progress.accept(70, "Drawing the indicators' charts");
		List<IndicatorSection> indicators = tiles.tiles()
			.stream()
			.map(tile -> {
				List<MeasurementView> upToPeriod = tile.history()
					.stream()
					.filter(m -> !Period.parse(m.period()).orElseThrow().start().isAfter(period.end()))
					.toList();
				MeasurementView latest = upToPeriod.isEmpty() ? null : upToPeriod.get(upToPeriod.size() - 1);
				return new IndicatorSection(tile.indicator(), tile.priority(), latest,
						TrendChart.svg(tile.indicator(), upToPeriod, PRINTED_CHART_WIDTH),
						TrendChart.sameKindAsLatest(upToPeriod));
			})
			.toList();
		return new Content(councilName, pack.getId(), pack.draft(), period.describe(), plan, priorities,
				DashboardReadModel.count(plan == null ? List.of()
						: plan.priorities().stream().flatMap(p -> p.actions().stream()).toList()),
				pledgeSets, workStreams, cadence, overdue, meetings, voice, consultations, indicators, today);
	}

	public record PriorityTable(PriorityProgress priority, DashboardPriority.Counts counts) {
	}

	/** @param latest the latest figure up to the end of the pack's period */
	public record IndicatorSection(Indicator indicator, @Nullable String priority, @Nullable MeasurementView latest,
			String chart, List<MeasurementView> history) {
	}

	public record Content(String councilName, long id, BoardPack.Draft draft, String periodDescribed,
			@Nullable PlanProgress plan, List<PriorityTable> priorities, DashboardPriority.Counts totals,
			List<PledgeProgress.PledgeSetProgress> pledgeSets, List<PledgeProgress.WorkStreamProgress> workStreams,
			List<AllianceProgress.BodyCadence> cadence, long overdueAllocatedActions,
			List<AllianceProgress.MeetingSummary> meetings, ConsultationProgress.Counts voice,
			List<ConsultationProgress.ConsultationSummary> consultations, List<IndicatorSection> indicators,
			LocalDate generatedOn) {
	}
}
