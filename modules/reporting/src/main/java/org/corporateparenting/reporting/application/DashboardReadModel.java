package org.corporateparenting.reporting.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.corporateparenting.alliance.AllianceProgress;
import org.corporateparenting.consultation.ConsultationProgress;
import org.corporateparenting.pledges.DeliveryStatus;
import org.corporateparenting.pledges.PledgeProgress;
import org.corporateparenting.pledges.WorkStreamStatus;
import org.corporateparenting.reporting.DeliveryProgressShared;
import org.corporateparenting.reporting.domain.DashboardCadence;
import org.corporateparenting.reporting.domain.DashboardCadences;
import org.corporateparenting.reporting.domain.DashboardFigure;
import org.corporateparenting.reporting.domain.DashboardFigures;
import org.corporateparenting.reporting.domain.DashboardPriorities;
import org.corporateparenting.reporting.domain.DashboardPriority;
import org.corporateparenting.reporting.domain.DashboardSection;
import org.corporateparenting.reporting.domain.DashboardSection.Section;
import org.corporateparenting.reporting.domain.DashboardSections;
import org.corporateparenting.strategy.ActionStatus;
import org.corporateparenting.strategy.Rag;
import org.corporateparenting.strategy.StrategyProgress;
import org.corporateparenting.strategy.StrategyProgress.ActionLine;
import org.corporateparenting.strategy.StrategyProgress.PlanProgress;
import org.corporateparenting.tenancy.Council;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.Councils;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the dashboard's read model: one section per module, rebuilt from that module's summary API when the module
 * publishes an event (see {@link DashboardEvents}) and nightly, because RAG and overdue move with the date.
 * <p>
 * A refresh first locks its section's row, then reads, in read-committed isolation: two refreshes of one section
 * run one after the other and the second reads everything the first did and more, so the read model ends up
 * matching the records however events arrive. Refreshing the plan's figures also shares the council's delivery
 * progress by theme with its partnerships ({@link DeliveryProgressShared}).
 */
@Service
public class DashboardReadModel {

	static final String PLEDGES_IN_PROGRESS = "pledges.in-progress";

	static final String PLEDGES_DELIVERED = "pledges.delivered";

	static final String PLEDGES_NOT_ASSIGNED = "pledges.not-assigned";

	static final String WORK_STREAMS_ACTIVE = "work-streams.active";

	static final String ALLIANCE_OVERDUE = "alliance.overdue-actions";

	static final String CONSULTATIONS_OPEN = "consultations.open";

	static final String YOU_SAID_WE_DID = "you-said-we-did.published";

	static final String YSWD_DONE = "you-said-we-did.done";

	static final String YSWD_PLANNED = "you-said-we-did.planned";

	static final String YSWD_NOT_POSSIBLE = "you-said-we-did.not-possible";

	private final DashboardSections sections;

	private final DashboardPriorities priorities;

	private final DashboardCadences cadences;

	private final DashboardFigures figures;

	private final StrategyProgress strategy;

	private final PledgeProgress pledges;

	private final AllianceProgress alliance;

	private final ConsultationProgress consultation;

	private final Councils councils;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate eachSection;

	DashboardReadModel(DashboardSections sections, DashboardPriorities priorities, DashboardCadences cadences,
			DashboardFigures figures, StrategyProgress strategy, PledgeProgress pledges, AllianceProgress alliance,
			ConsultationProgress consultation, Councils councils, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactions) {
		this.sections = sections;
		this.priorities = priorities;
		this.cadences = cadences;
		this.figures = figures;
		this.strategy = strategy;
		this.pledges = pledges;
		this.alliance = alliance;
		this.consultation = consultation;
		this.councils = councils;
		this.events = events;
		this.clock = clock;
		this.eachSection = new TransactionTemplate(transactions);
		this.eachSection.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
	}

	/** Rebuilds every section (nightly), each in a transaction of its own. */
	public void refreshAll() {
		for (Section section : Section.values()) {
			eachSection.executeWithoutResult(status -> rebuild(section));
		}
	}

	@Transactional(isolation = Isolation.READ_COMMITTED)
	public void refresh(Section section) {
		rebuild(section);
	}

	private void rebuild(Section section) {
		DashboardSection row = sections.lock(section.name())
			.orElseGet(() -> sections.saveAndFlush(new DashboardSection(section, clock.instant())));
		LocalDate today = LocalDate.now(clock);
		String heading = switch (section) {
			case STRATEGY -> refreshStrategy(today);
			case PLEDGES -> refreshPledges();
			case ALLIANCE -> refreshAlliance(today);
			case CONSULTATION -> refreshConsultation();
		};
		row.refreshed(heading, clock.instant());
	}

	private String refreshStrategy(LocalDate today) {
		priorities.deleteAllInBatch();
		Optional<PlanProgress> plan = strategy.current(today);
		plan.ifPresent(current -> priorities.saveAll(current.priorities()
			.stream()
			.map(priority -> new DashboardPriority(priority.priorityId(), priority.number(), priority.title(),
					priority.theme(), count(priority.actions())))
			.toList()));
		shareDeliveryProgress();
		return plan.map(current -> current.strategyTitle() + ": action plan " + current.planYear()).orElse(null);
	}

	/** The council's partnerships see its delivery progress by theme, small themes suppressed. */
	private void shareDeliveryProgress() {
		List<String> partnerships = councils.find(CouncilContext.require()).map(Council::partnerships).orElse(List.of());
		if (partnerships.isEmpty()) {
			return;
		}
		List<DashboardPriority> rows = priorities.findAllByOrderByNumber();
		List<DeliveryProgressShared.ThemeShare> themes = Dashboard.themes(rows.stream()
			.map(p -> new Dashboard.PriorityRow(p.getPriorityId(), p.getNumber(), p.getTitle(), p.getTheme(), p.counts()))
			.toList())
			.stream()
			.map(theme -> {
				BigDecimal share = SmallNumbers.share(theme.onTrackOrComplete(), theme.actions());
				return new DeliveryProgressShared.ThemeShare(theme.theme(), share, share == null);
			})
			.toList();
		events.publishEvent(new DeliveryProgressShared(CouncilContext.require(), clock.instant(), partnerships, themes));
	}

	/** Actions carried forward or dropped are no longer this plan's to deliver, so they are not counted. */
	static DashboardPriority.Counts count(List<ActionLine> actions) {
		List<ActionLine> live = actions.stream()
			.filter(action -> action.status() != ActionStatus.CARRIED_FORWARD && action.status() != ActionStatus.DROPPED)
			.toList();
		return new DashboardPriority.Counts(live.size(), rated(live, Rag.GREEN), rated(live, Rag.AMBER),
				rated(live, Rag.RED), (int) live.stream().filter(action -> action.rag() == null).count(),
				(int) live.stream().filter(action -> action.status() == ActionStatus.ON_TRACK).count(),
				(int) live.stream().filter(action -> action.status() == ActionStatus.COMPLETE).count(),
				(int) live.stream().filter(ActionLine::overdue).count());
	}

	private static int rated(List<ActionLine> actions, Rag rag) {
		return (int) actions.stream().filter(action -> action.rag() == rag).count();
	}

	private String refreshPledges() {
		var sets = pledges.inForce();
		var lines = sets.stream().flatMap(set -> set.pledges().stream()).toList();
		replace(Map.of(PLEDGES_IN_PROGRESS, lines.stream().filter(p -> p.status() == DeliveryStatus.IN_PROGRESS).count(),
				PLEDGES_DELIVERED, lines.stream().filter(p -> p.status() == DeliveryStatus.DELIVERED).count(),
				PLEDGES_NOT_ASSIGNED, lines.stream().filter(p -> p.status() == DeliveryStatus.NOT_ASSIGNED).count(),
				WORK_STREAMS_ACTIVE,
				pledges.workStreams().stream().filter(ws -> ws.status() == WorkStreamStatus.ACTIVE).count()));
		return sets.isEmpty() ? null
				: String.join("; ", sets.stream().map(PledgeProgress.PledgeSetProgress::title).toList());
	}

	private String refreshAlliance(LocalDate today) {
		cadences.deleteAllInBatch();
		var bodies = alliance.cadence(today);
		cadences.saveAll(bodies.stream()
			.map(body -> new DashboardCadence(body.bodyId(), body.name(), body.type(), body.held(), body.expected(),
					body.withYoungPeople(), body.withYoungPeopleExpected()))
			.toList());
		replace(Map.of(ALLIANCE_OVERDUE, alliance.overdueActions(today)));
		return null;
	}

	private String refreshConsultation() {
		ConsultationProgress.Counts counts = consultation.counts();
		replace(Map.of(CONSULTATIONS_OPEN, counts.openConsultations(), YOU_SAID_WE_DID, counts.youSaidWeDid(),
				YSWD_DONE, counts.done(), YSWD_PLANNED, counts.planned(), YSWD_NOT_POSSIBLE, counts.notPossible()));
		return null;
	}

	private void replace(Map<String, Long> values) {
		figures.deleteByNameIn(values.keySet());
		figures.flush();
		figures.saveAll(values.entrySet().stream().map(e -> new DashboardFigure(e.getKey(), e.getValue())).toList());
	}
}
