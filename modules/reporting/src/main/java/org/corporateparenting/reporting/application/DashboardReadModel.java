package org.corporateparenting.reporting.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.corporateparenting.alliance.AllianceProgress;
import org.corporateparenting.consultation.ConsultationProgress;
import org.corporateparenting.pledges.DeliveryStatus;
import org.corporateparenting.pledges.PledgeProgress;
import org.corporateparenting.pledges.WorkStreamStatus;
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
import org.corporateparenting.strategy.StrategyProgress.PriorityInPlan;
import org.corporateparenting.tenancy.CouncilContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the dashboard's read model: one section per module, each row counted from that module's summary API. A
 * whole section is rebuilt when its module changes shape (a plan rolled over, a pledge set brought into force) and
 * nightly, because RAG and overdue move with the date; a change to a few records (progress on an action, a meeting
 * held) counts again only the rows it touches. {@link DashboardChanges} decides which, in the writer's transaction.
 * <p>
 * Every change first locks its section's row, then reads (in read-committed isolation): two changes to one section
 * run one after the other and the second reads everything the first wrote, so the read model always matches the
 * records however writes interleave. A section's refresh time is that of its last rebuild: what moves with the
 * date alone (overdue, RAG) is as of then.
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

	private final Clock clock;

	/** Told of every change to a section, so what is kept against the sections' counts is read again after it. */
	private final SectionVersions versions;

	private final TransactionTemplate eachSection;

	DashboardReadModel(DashboardSections sections, DashboardPriorities priorities, DashboardCadences cadences,
			DashboardFigures figures, StrategyProgress strategy, PledgeProgress pledges, AllianceProgress alliance,
			ConsultationProgress consultation, Clock clock, PlatformTransactionManager transactions,
			SectionVersions versions) {
		this.sections = sections;
		this.priorities = priorities;
		this.cadences = cadences;
		this.figures = figures;
		this.strategy = strategy;
		this.pledges = pledges;
		this.alliance = alliance;
		this.consultation = consultation;
		this.clock = clock;
		this.versions = versions;
		this.eachSection = new TransactionTemplate(transactions);
	}

	/** Rebuilds every section (nightly), each in a transaction of its own. */
	public void refreshAll() {
		for (Section section : Section.values()) {
			eachSection.executeWithoutResult(status -> rebuild(section));
		}
	}

	/** Rebuilds one section from its module's summary, joining the caller's transaction. */
	@Transactional
	public void refresh(Section section) {
		rebuild(section);
	}

	private void rebuild(Section section) {
		DashboardSection row = lock(section);
		LocalDate today = LocalDate.now(clock);
		String heading = switch (section) {
			case STRATEGY -> rebuildStrategy(row, today);
			case PLEDGES -> rebuildPledges();
			case ALLIANCE -> rebuildAlliance(today);
			case CONSULTATION -> rebuildConsultation();
			case INDICATORS -> null;
		};
		row.refreshed(heading, clock.instant());
	}

	/**
	 * Counts again the priorities of the plan in force that these actions sit under. Actions of another plan leave
	 * the dashboard as it is; a priority the read model does not have yet means the plan changed shape, so the
	 * section is rebuilt.
	 */
	@Transactional
	public void actionsChanged(Collection<Long> actionIds) {
		DashboardSection row = lock(Section.STRATEGY);
		LocalDate today = LocalDate.now(clock);
		List<PriorityInPlan> changed = strategy.prioritiesOf(actionIds, today)
			.stream()
			.filter(priority -> row.getPlanId() != null && priority.planId() == row.getPlanId())
			.toList();
		if (changed.isEmpty()) {
			return;
		}
		Map<Long, DashboardPriority> rows = rowsOf(changed.stream().map(PriorityInPlan::priorityId).toList());
		if (rows.size() < changed.size()) {
			rebuild(Section.STRATEGY);
			return;
		}
		boolean moved = false;
		for (PriorityInPlan priority : changed) {
			moved |= rows.get(priority.priorityId()).recount(count(priority.actions()));
		}
		if (moved) {
			row.changed();
		}
	}

	/**
	 * The read model's rows of these priorities. One priority, which is what a progress update changes, is read by its
	 * identifier: a query of a list of identifiers is translated to SQL again on every call.
	 */
	private Map<Long, DashboardPriority> rowsOf(List<Long> priorityIds) {
		if (priorityIds.size() == 1) {
			return priorities.findById(priorityIds.get(0))
				.map(row -> Map.of(row.getPriorityId(), row))
				.orElse(Map.of());
		}
		return priorities.findAllById(priorityIds)
			.stream()
			.collect(Collectors.toMap(DashboardPriority::getPriorityId, Function.identity()));
	}

	/** Counts again the meetings of these bodies, and the allocated actions overdue. */
	@Transactional
	public void bodiesChanged(Collection<Long> bodyIds) {
		DashboardSection row = lock(Section.ALLIANCE);
		LocalDate today = LocalDate.now(clock);
		Map<Long, DashboardCadence> rows = cadences.findAllById(bodyIds)
			.stream()
			.collect(Collectors.toMap(DashboardCadence::getBodyId, Function.identity()));
		boolean moved = false;
		for (long bodyId : bodyIds) {
			Optional<AllianceProgress.BodyCadence> cadence = alliance.cadence(bodyId, today);
			DashboardCadence known = rows.get(bodyId);
			if (cadence.isPresent() != (known != null)) {
				// A body that became, or stopped being, an active board or alliance: the section changes shape.
				rebuild(Section.ALLIANCE);
				return;
			}
			if (cadence.isPresent()) {
				AllianceProgress.BodyCadence body = cadence.get();
				moved |= known.update(body.name(), body.held(), body.expected(), body.withYoungPeople(),
						body.withYoungPeopleExpected());
			}
		}
		moved |= set(Section.ALLIANCE, Map.of(ALLIANCE_OVERDUE, alliance.overdueActions(today)));
		if (moved) {
			row.changed();
		}
	}

	/** Counts the allocated actions overdue again. */
	@Transactional
	public void overdueAllocatedActionsChanged() {
		DashboardSection row = lock(Section.ALLIANCE);
		if (set(Section.ALLIANCE, Map.of(ALLIANCE_OVERDUE, alliance.overdueActions(LocalDate.now(clock))))) {
			row.changed();
		}
	}

	/**
	 * The council's figures or the indicators it follows changed: the dashboard's tiles read them as they are, so
	 * only the indicators section's count of changes goes up, joining the writer's transaction.
	 */
	@Transactional
	public void indicatorsChanged() {
		lock(Section.INDICATORS).changed();
	}

	/** The section's row, locked until the transaction ends; one is made if the section has none yet. */
	private DashboardSection lock(Section section) {
		versions.changing(CouncilContext.require());
		return sections.lock(section.name())
			.orElseGet(() -> sections.saveAndFlush(new DashboardSection(section, clock.instant())));
	}

	private String rebuildStrategy(DashboardSection row, LocalDate today) {
		priorities.deleteAllInBatch();
		Optional<PlanProgress> plan = strategy.current(today);
		plan.ifPresent(current -> priorities.saveAll(current.priorities()
			.stream()
			.map(priority -> new DashboardPriority(priority.priorityId(), priority.number(), priority.title(),
					priority.theme(), count(priority.actions())))
			.toList()));
		row.counts(plan.map(PlanProgress::planId).orElse(null));
		return plan.map(current -> current.strategyTitle() + ": action plan " + current.planYear()).orElse(null);
	}

	/** Actions carried forward or dropped are no longer this plan's to deliver, so they are not counted. */
	static DashboardPriority.Counts count(List<ActionLine> actions) {
		List<ActionLine> live = actions.stream()
			.filter(action -> action.status() != ActionStatus.CARRIED_FORWARD && action.status() != ActionStatus.DROPPED)
			.toList();
		return new DashboardPriority.Counts(live.size(), rated(live, Rag.GREEN), rated(live, Rag.AMBER),
				rated(live, Rag.RED), (int) live.stream().filter(action -> action.rag() == null).count(),
				(int) live.stream().filter(ActionLine::greenOrComplete).count(),
				(int) live.stream().filter(action -> action.status() == ActionStatus.COMPLETE).count(),
				(int) live.stream().filter(ActionLine::overdue).count());
	}

	private static int rated(List<ActionLine> actions, Rag rag) {
		return (int) actions.stream().filter(action -> action.rag() == rag).count();
	}

	private String rebuildPledges() {
		var sets = pledges.inForce();
		var lines = sets.stream().flatMap(set -> set.pledges().stream()).toList();
		set(Section.PLEDGES, Map.of(
				PLEDGES_IN_PROGRESS, lines.stream().filter(p -> p.status() == DeliveryStatus.IN_PROGRESS).count(),
				PLEDGES_DELIVERED, lines.stream().filter(p -> p.status() == DeliveryStatus.DELIVERED).count(),
				PLEDGES_NOT_ASSIGNED, lines.stream().filter(p -> p.status() == DeliveryStatus.NOT_ASSIGNED).count(),
				WORK_STREAMS_ACTIVE,
				pledges.workStreams().stream().filter(ws -> ws.status() == WorkStreamStatus.ACTIVE).count()));
		return sets.isEmpty() ? null
				: String.join("; ", sets.stream().map(PledgeProgress.PledgeSetProgress::title).toList());
	}

	private String rebuildAlliance(LocalDate today) {
		cadences.deleteAllInBatch();
		var bodies = alliance.cadence(today);
		cadences.saveAll(bodies.stream()
			.map(body -> new DashboardCadence(body.bodyId(), body.name(), body.type(), body.held(), body.expected(),
					body.withYoungPeople(), body.withYoungPeopleExpected()))
			.toList());
		set(Section.ALLIANCE, Map.of(ALLIANCE_OVERDUE, alliance.overdueActions(today)));
		return null;
	}

	private String rebuildConsultation() {
		ConsultationProgress.Counts counts = consultation.counts();
		set(Section.CONSULTATION, Map.of(CONSULTATIONS_OPEN, counts.openConsultations(), YOU_SAID_WE_DID,
				counts.youSaidWeDid(), YSWD_DONE, counts.done(), YSWD_PLANNED, counts.planned(), YSWD_NOT_POSSIBLE,
				counts.notPossible()));
		return null;
	}

	/**
	 * Sets the section's figures: those it has are changed in place (written only if they moved), others added.
	 * Whether any moved.
	 */
	private boolean set(Section section, Map<String, Long> values) {
		Map<String, DashboardFigure> known = figures.findByNameIn(values.keySet())
			.stream()
			.collect(Collectors.toMap(DashboardFigure::getName, Function.identity()));
		boolean moved = false;
		for (Map.Entry<String, Long> value : values.entrySet()) {
			DashboardFigure figure = known.get(value.getKey());
			if (figure == null) {
				figures.save(new DashboardFigure(section, value.getKey(), value.getValue()));
				moved = true;
			}
			else {
				moved |= figure.set(value.getValue());
			}
		}
		return moved;
	}
}
