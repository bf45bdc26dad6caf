package org.corporateparenting.reporting.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.corporateparenting.alliance.AllianceProgress;
import org.corporateparenting.alliance.AllianceProgress.MeetingAttendance;
import org.corporateparenting.alliance.BodyType;
import org.corporateparenting.consultation.ConsultationProgress;
import org.corporateparenting.consultation.ResponseStatus;
import org.corporateparenting.localoffer.LocalOfferStanding;
import org.corporateparenting.pledges.PledgeProgress;
import org.corporateparenting.reporting.Period;
import org.corporateparenting.reporting.application.AnnualReportContent.BoardMeetings;
import org.corporateparenting.reporting.application.AnnualReportContent.Figures;
import org.corporateparenting.reporting.application.AnnualReportContent.IndicatorLine;
import org.corporateparenting.reporting.application.AnnualReportContent.MeetingLine;
import org.corporateparenting.reporting.application.AnnualReportContent.PledgeSetLine;
import org.corporateparenting.reporting.application.AnnualReportContent.PriorityLine;
import org.corporateparenting.reporting.application.AnnualReportContent.StatusCount;
import org.corporateparenting.reporting.application.AnnualReportContent.StrategyDelivery;
import org.corporateparenting.reporting.application.AnnualReportContent.Voice;
import org.corporateparenting.strategy.ActionStatus;
import org.corporateparenting.strategy.StrategyProgress;
import org.corporateparenting.strategy.StrategyProgress.ActionLine;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.Councils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the board's annual report for a reporting year, drawn from the live records through the other
 * modules' API: the board's meetings, attendance and decisions in the year, the action plan of the year by priority,
 * the pledges, the year's consultations and what changed, the indicators' latest figures of the year against their
 * targets and England, and the local offer.
 */
@Service
@Transactional(readOnly = true)
public class AnnualReportFigures {

	private final AllianceProgress alliance;

	private final StrategyProgress strategy;

	private final PledgeProgress pledges;

	private final ConsultationProgress consultation;

	private final LocalOfferStanding localOffer;

	private final IndicatorTiles tiles;

	private final EnglandValues england;

	private final Councils councils;

	private final Clock clock;

	AnnualReportFigures(AllianceProgress alliance, StrategyProgress strategy, PledgeProgress pledges,
			ConsultationProgress consultation, LocalOfferStanding localOffer, IndicatorTiles tiles,
			EnglandValues england, Councils councils, Clock clock) {
		this.alliance = alliance;
		this.strategy = strategy;
		this.pledges = pledges;
		this.consultation = consultation;
		this.localOffer = localOffer;
		this.tiles = tiles;
		this.england = england;
		this.councils = councils;
		this.clock = clock;
	}

	public Figures of(Period year) {
		LocalDate today = LocalDate.now(clock);
		String councilName = councils.find(CouncilContext.require()).orElseThrow().name();
		return new Figures(councilName, year.toString(), year.describe(), year.start(), year.end(), today,
				meetings(year), delivery(year), pledgeSets(), voice(year), indicators(year),
				localOffer.published(today).orElse(null));
	}

	/** The board's meetings only: other bodies (the alliance, its groups) report to it. */
	private BoardMeetings meetings(Period year) {
		Map<Long, MeetingAttendance> attendance = alliance.attendanceBetween(year.start(), year.end())
			.stream()
			.collect(Collectors.toMap(MeetingAttendance::meetingId, Function.identity()));
		List<MeetingLine> held = alliance.meetingsBetween(year.start(), year.end())
			.stream()
			.filter(meeting -> meeting.bodyType() == BodyType.BOARD)
			.map(meeting -> MeetingLine.of(meeting, attendance.get(meeting.id())))
			.toList();
		List<AllianceProgress.DecisionLine> decisions = alliance.decisionsBetween(year.start(), year.end())
			.stream()
			.filter(decision -> decision.bodyType() == BodyType.BOARD)
			.toList();
		return BoardMeetings.of(held, decisions);
	}

	/** The action plan of the reporting year (else the strategy's latest), priority by priority. */
	private StrategyDelivery delivery(Period year) {
		Optional<StrategyProgress.PlanProgress> plan = strategy.current(year.end());
		if (plan.isEmpty()) {
			return new StrategyDelivery(null, null, List.of(), DashboardReadModel.count(List.of()), List.of());
		}
		List<PriorityLine> priorities = plan.get()
			.priorities()
			.stream()
			.map(priority -> new PriorityLine(priority.number(), priority.title(),
					DashboardReadModel.count(priority.actions()), byStatus(priority.actions())))
			.toList();
		List<ActionLine> all = plan.get().priorities().stream().flatMap(p -> p.actions().stream()).toList();
		return new StrategyDelivery(plan.get().strategyTitle(), plan.get().planYear(), priorities,
				DashboardReadModel.count(all), byStatus(all));
	}

	/** The actions by their status, in the order a plan's statuses run, leaving out those no action has. */
	private static List<StatusCount> byStatus(List<ActionLine> actions) {
		Map<ActionStatus, Long> counted = actions.stream()
			.collect(Collectors.groupingBy(ActionLine::status, Collectors.counting()));
		return java.util.Arrays.stream(ActionStatus.values())
			.filter(counted::containsKey)
			.map(status -> new StatusCount(StatusCount.label(status), counted.get(status)))
			.toList();
	}

	private List<PledgeSetLine> pledgeSets() {
		return pledges.inForce().stream().map(PledgeSetLine::of).toList();
	}

	private Voice voice(Period year) {
		List<ConsultationProgress.ConsultationSummary> held = consultation.between(year.start(), year.end());
		List<ConsultationProgress.PublishedFinding> findings = held.stream()
			.flatMap(k -> k.findings().stream())
			.toList();
		return new Voice(held.size(), held.stream().mapToLong(ConsultationProgress.ConsultationSummary::responses).sum(),
				findings.size(), count(findings, ResponseStatus.DONE), count(findings, ResponseStatus.PLANNED),
				count(findings, ResponseStatus.NOT_POSSIBLE), held);
	}

	private static long count(List<ConsultationProgress.PublishedFinding> findings, ResponseStatus status) {
		return findings.stream().filter(f -> f.status() == status).count();
	}

	/**
	 * Each indicator the dashboard follows, with its latest figure up to the end of the year, and England's figure
	 * for the same period, else England's latest up to the end of the year.
	 */
	private List<IndicatorLine> indicators(Period year) {
		Map<String, List<EnglandValues.EnglandValue>> englandByCode = new HashMap<>();
		england.all()
			.stream()
			.filter(value -> Period.parse(value.period()).map(p -> !p.end().isAfter(year.end())).orElse(false))
			.forEach(value -> englandByCode.computeIfAbsent(value.indicatorCode(), code -> new java.util.ArrayList<>())
				.add(value));
		return tiles.tiles().stream().map(tile -> {
			Indicator indicator = tile.indicator();
			MeasurementView latest = tile.history()
				.stream()
				.filter(m -> !Period.parse(m.period()).orElseThrow().start().isAfter(year.end()))
				.reduce((first, second) -> second)
				.orElse(null);
			List<EnglandValues.EnglandValue> values = englandByCode.getOrDefault(indicator.code(), List.of());
			EnglandValues.EnglandValue englandValue = values.stream()
				.filter(v -> latest != null && v.period().equals(latest.period()))
				.findFirst()
				.or(() -> values.stream().max(Comparator.comparing(v -> Period.parse(v.period()).orElseThrow())))
				.orElse(null);
			BigDecimal target = latest == null ? null : latest.target();
			return new IndicatorLine(indicator.code(), indicator.name(), tile.priority(),
					latest == null ? null : latest.period(), latest == null ? null : latest.shown(),
					target == null ? null : indicator.format(target), latest == null ? null : latest.rag(),
					englandValue == null ? null : indicator.format(englandValue.value()),
					englandValue == null ? null : englandValue.period());
		}).toList();
	}
}
