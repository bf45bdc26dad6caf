package org.corporateparenting.reporting.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.corporateparenting.alliance.AllianceProgress.BodyCadence;
import org.corporateparenting.alliance.AllianceProgress.MeetingSummary;
import org.corporateparenting.alliance.BodyType;
import org.corporateparenting.consultation.ConsultationProgress.ConsultationSummary;
import org.corporateparenting.consultation.ConsultationProgress.Counts;
import org.corporateparenting.consultation.ConsultationProgress.PublishedFinding;
import org.corporateparenting.consultation.ConsultationStatus;
import org.corporateparenting.consultation.ResponseStatus;
import org.corporateparenting.pledges.Audience;
import org.corporateparenting.pledges.DeliveryStatus;
import org.corporateparenting.pledges.PledgeProgress.PledgeLine;
import org.corporateparenting.pledges.PledgeProgress.PledgeSetProgress;
import org.corporateparenting.pledges.PledgeProgress.WorkStreamProgress;
import org.corporateparenting.pledges.WorkStreamStatus;
import org.corporateparenting.reporting.Cohort;
import org.corporateparenting.reporting.Period;
import org.corporateparenting.reporting.Polarity;
import org.corporateparenting.reporting.Unit;
import org.corporateparenting.reporting.domain.BoardPack;
import org.corporateparenting.strategy.ActionStatus;
import org.corporateparenting.strategy.Rag;
import org.corporateparenting.strategy.StrategyProgress.ActionLine;
import org.corporateparenting.strategy.StrategyProgress.PlanProgress;
import org.corporateparenting.strategy.StrategyProgress.PriorityProgress;
import org.corporateparenting.strategy.Theme;
import org.corporateparenting.web.PrintSample;
import org.springframework.stereotype.Component;

/**
 * A board pack of made-up figures, written to PDF before the platform is ready so that the first council to ask for a
 * pack after a start does not wait for the template's first parse and the first layout of its kinds of table and
 * chart. Every section is filled in, each priority with a few actions, two indicators with their charts: what it warms
 * is the template and each kind of content, not length (the renderer's own warm-up lays out long pages, and a longer
 * sample measured a slower start for little gain). It reads nothing: no council's records are in it.
 */
@Component
class BoardPackSample implements PrintSample {

	static final int PRIORITIES = 5;

	static final int ACTIONS_PER_PRIORITY = 2;

	static final int INDICATORS = 2;

	private static final Period PERIOD = Period.quarter(2025, 2);

	private final Clock clock;

	BoardPackSample(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String template() {
		return BoardPackGeneration.TEMPLATE;
	}

	@Override
	public Map<String, Object> model() {
		return Map.of("pack", content(LocalDate.now(clock)), "print", true);
	}

	static BoardPackDocument.Content content(LocalDate today) {
		Theme[] themes = Theme.values();
		List<PriorityProgress> priorities = IntStream.rangeClosed(1, PRIORITIES)
			.mapToObj(number -> new PriorityProgress(number, number, themes[number - 1].label(), themes[number - 1],
					IntStream.rangeClosed(1, ACTIONS_PER_PRIORITY).mapToObj(n -> action(number, n, today)).toList()))
			.toList();
		PlanProgress plan = new PlanProgress(1, "Corporate Parenting Strategy", 1, "2025/26", priorities);
		List<BoardPackDocument.PriorityTable> tables = priorities.stream()
			.map(priority -> new BoardPackDocument.PriorityTable(priority, DashboardReadModel.count(priority.actions())))
			.toList();
		BoardPack.Draft draft = new BoardPack.Draft("Corporate parenting performance report, " + PERIOD, PERIOD,
				"Corporate Parenting Board", today, "Progress on the corporate parenting strategy this quarter.",
				"The board monitors the strategy's action plan each quarter.",
				"The board notes the progress and the actions rated red.", null, null, null, null, null, null,
				"Young people were asked about their pledges.", "Head of Service, Children in Care");
		return new BoardPackDocument.Content("Sample Council", 0, draft, PERIOD.describe(), plan, tables,
				DashboardReadModel.count(priorities.stream().flatMap(p -> p.actions().stream()).toList()),
				List.of(pledges(1, Audience.CHILDREN_IN_CARE, today), pledges(2, Audience.CARE_LEAVERS, today)),
				IntStream.rangeClosed(1, 4).mapToObj(n -> workStream(n, today)).toList(),
				List.of(new BodyCadence(1, "Corporate Parenting Board", BodyType.BOARD, 4, 6, 2, 3),
						new BodyCadence(2, "Corporate Parenting Alliance", BodyType.ALLIANCE, 3, 4, null, null),
						new BodyCadence(3, "Operational group", BodyType.OPERATIONAL_GROUP, 10, 12, null, null)),
				2, IntStream.rangeClosed(1, 6).mapToObj(n -> meeting(n, today)).toList(), new Counts(1, 9, 5, 3, 1),
				IntStream.rangeClosed(1, 3).mapToObj(n -> consultation(n, today)).toList(),
				IntStream.rangeClosed(1, INDICATORS).mapToObj(BoardPackSample::indicator).toList(), today);
	}

	private static ActionLine action(int priority, int number, LocalDate today) {
		ActionStatus[] statuses = { ActionStatus.ON_TRACK, ActionStatus.AT_RISK, ActionStatus.COMPLETE,
				ActionStatus.OFF_TRACK, ActionStatus.NOT_STARTED };
		Rag[] rags = { Rag.GREEN, Rag.AMBER, Rag.GREEN, Rag.RED, null };
		int kind = (priority + number) % statuses.length;
		return new ActionLine(priority * 100L + number, priority + "." + number,
				"Work with partners so that children in care and care leavers get the support they are promised",
				"Service manager", today.plusDays(30L * (number - 4)), statuses[kind], kind * 25, rags[kind],
				number < 4 && statuses[kind] != ActionStatus.COMPLETE,
				number % 3 == 0 ? null : "Partners met this quarter and agreed the next steps with young people.",
				"/actions/" + (priority * 100 + number));
	}

	private static PledgeSetProgress pledges(long id, Audience audience, LocalDate today) {
		DeliveryStatus[] statuses = DeliveryStatus.values();
		return new PledgeSetProgress(id, "Our pledges", audience, today.minusYears(1),
				IntStream.rangeClosed(1, 10)
					.mapToObj(n -> new PledgeLine(id * 100 + n, n, "We will listen to you and act on what you tell us",
							n % 2 == 0 ? "Being heard" : null, statuses[n % statuses.length]))
					.toList());
	}

	private static WorkStreamProgress workStream(int number, LocalDate today) {
		return new WorkStreamProgress(number, "Work stream " + number,
				number == 4 ? WorkStreamStatus.DELIVERED_AND_DISSOLVED : WorkStreamStatus.ACTIVE,
				today.minusDays(10L * number), List.of("A drop-in session each month", "A leaflet written with young people"),
				List.of("Training for foster carers"));
	}

	private static MeetingSummary meeting(int number, LocalDate today) {
		return new MeetingSummary(number, number % 2 == 0 ? "Corporate Parenting Board" : "Corporate Parenting Alliance",
				number % 2 == 0 ? BodyType.BOARD : BodyType.ALLIANCE, today.minusDays(14L * number),
				number % 3 == 0 ? null : "Health and wellbeing", number % 2 == 0 ? 3 : 0,
				number % 2 == 0 ? Boolean.TRUE : null, 4, 2);
	}

	private static ConsultationSummary consultation(int number, LocalDate today) {
		ResponseStatus[] statuses = ResponseStatus.values();
		return new ConsultationSummary(number, "What matters to you about where you live",
				number == 1 ? ConsultationStatus.OPEN : ConsultationStatus.REPORTED_BACK, today.minusDays(60L * number),
				today.minusDays(60L * number - 28), 20L * number,
				number == 1 ? List.of()
						: IntStream.range(0, 3)
							.mapToObj(n -> new PublishedFinding("Homes", "We want to know who our social worker is",
									"Every young person is told by letter when their social worker changes",
									statuses[n]))
							.toList());
	}

	private static BoardPackDocument.IndicatorSection indicator(int number) {
		Unit unit = number % 2 == 0 ? Unit.PERCENTAGE : Unit.RATE;
		Indicator indicator = new Indicator("SAMPLE" + number, "Sample indicator " + number,
				"A measure of how children in care are doing", unit,
				number % 3 == 0 ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER, Cohort.CHILDREN_LOOKED_AFTER,
				"SSDA903", true, 0);
		List<MeasurementView> history = IntStream.rangeClosed(1, 8)
			.mapToObj(n -> measurement(indicator, n, Period.quarter(2023 + (n - 1) / 4, (n - 1) % 4 + 1)))
			.toList();
		MeasurementView latest = history.get(history.size() - 1);
		return new BoardPackDocument.IndicatorSection(indicator, "Priority " + (number % PRIORITIES + 1), latest,
				TrendChart.svg(indicator, history, BoardPackDocument.PRINTED_CHART_WIDTH),
				TrendChart.sameKindAsLatest(history));
	}

	private static MeasurementView measurement(Indicator indicator, int n, Period period) {
		BigDecimal value = BigDecimal.valueOf(40 + (n * 7) % 23);
		BigDecimal target = BigDecimal.valueOf(50);
		return new MeasurementView(n, indicator.code(), period.toString(), value, indicator.format(value), null, null,
				target, BigDecimal.valueOf(5), Rating.rag(indicator.polarity(), value, target, BigDecimal.valueOf(5)),
				null, false, "Performance officer", Instant.EPOCH, 0);
	}
}
