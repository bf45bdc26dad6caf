package org.corporateparenting.strategy.starter;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

import org.corporateparenting.alliance.OrganisationFile;
import org.corporateparenting.alliance.PartnerOrganisationDirectory;
import org.corporateparenting.pledges.PledgeCatalogue;
import org.corporateparenting.pledges.PledgeFile;
import org.corporateparenting.strategy.ActionPlanChanged;
import org.corporateparenting.strategy.ActionStatus;
import org.corporateparenting.strategy.StrategyStatus;
import org.corporateparenting.strategy.application.ActionPlanRequest;
import org.corporateparenting.strategy.application.PriorityRequest;
import org.corporateparenting.strategy.application.StrategyPlanning;
import org.corporateparenting.strategy.application.StrategyRequest;
import org.corporateparenting.strategy.application.TransitionRequest;
import org.corporateparenting.strategy.domain.Action;
import org.corporateparenting.strategy.domain.ActionDetails;
import org.corporateparenting.strategy.domain.ActionPlan;
import org.corporateparenting.strategy.domain.Actions;
import org.corporateparenting.strategy.domain.PlanYear;
import org.corporateparenting.strategy.domain.Priority;
import org.corporateparenting.strategy.domain.ProgressUpdate;
import org.corporateparenting.strategy.domain.ProgressUpdates;
import org.corporateparenting.strategy.domain.Strategy;
import org.corporateparenting.strategy.starter.StrategyStarterFile.ActionEntry;
import org.corporateparenting.strategy.starter.StrategyStarterFile.PlanEntry;
import org.corporateparenting.strategy.starter.StrategyStarterFile.PriorityEntry;
import org.corporateparenting.tenancy.BundleProblem;
import org.corporateparenting.tenancy.CouncilBundle;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.StarterFiles;
import org.corporateparenting.tenancy.StarterImport;
import org.corporateparenting.web.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

/**
 * Imports a council's {@code strategy.yaml} when it is onboarded: its strategy, priorities, action plans, actions
 * and their progress, as the council wrote them. The whole file is checked first; a file with problems imports
 * nothing and its problems are reported with the file and field.
 */
@Component
class StrategyStarter implements StarterImport {

	static final String FILE = "strategy.yaml";

	private static final Logger log = LoggerFactory.getLogger(StrategyStarter.class);

	private final StrategyPlanning planning;

	private final Actions actions;

	private final ProgressUpdates progress;

	private final Validator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PledgeCatalogue pledges;

	private final PartnerOrganisationDirectory partners;

	private final PledgeFile pledgeFile;

	private final OrganisationFile organisationFile;

	StrategyStarter(StrategyPlanning planning, Actions actions, ProgressUpdates progress, Validator validator,
			ApplicationEventPublisher events, Clock clock, PledgeCatalogue pledges,
			PartnerOrganisationDirectory partners, PledgeFile pledgeFile, OrganisationFile organisationFile) {
		this.pledges = pledges;
		this.partners = partners;
		this.pledgeFile = pledgeFile;
		this.organisationFile = organisationFile;
		this.planning = planning;
		this.actions = actions;
		this.progress = progress;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public String file() {
		return FILE;
	}

	/** After the pledges and partner organisations its actions may name. */
	@Override
	public int order() {
		return 30;
	}

	@Override
	public List<BundleProblem> check(CouncilBundle bundle) {
		Set<Integer> pledgeNumbers = pledgeFile.pledgeNumbers(bundle);
		Set<String> organisationKeys = organisationFile.organisationKeys(bundle);
		return StarterFiles.check(bundle, FILE, StrategyStarterFile.class, content -> check(content,
				new Names(pledgeNumbers::contains, organisationKeys::contains, PledgeFile.FILE, OrganisationFile.FILE),
				false));
	}

	@Override
	@Transactional
	public void load(Path file) {
		importFile(file);
	}

	@Transactional
	public Strategy importFile(Path file) {
		StrategyStarterFile content = StarterFiles.read(file, StrategyStarterFile.class);
		List<FieldProblem> problems = check(content, new Names(number -> pledges.numbered(number).isPresent(),
				key -> partners.idOf(key).isPresent(), "the council's pledges", "the council's partner organisations"),
				true);
		StarterFiles.refuseIfAny(file, problems);
		Strategy strategy = importStrategy(content);
		Map<String, Priority> priorities = new HashMap<>();
		for (PriorityEntry entry : content.priorities()) {
			priorities.put(entry.key(), planning.addPriority(strategy.getId(), new PriorityRequest(entry.title(),
					entry.formalText(), entry.childFriendlyText(), entry.principles(), entry.theme(), null)));
		}
		List<Action> carriedForward = new ArrayList<>();
		for (PlanEntry planEntry : content.actionPlans().stream()
			.sorted((a, b) -> PlanYear.parse(a.year()).compareTo(PlanYear.parse(b.year())))
			.toList()) {
			ActionPlan plan = planning.addPlan(strategy.getId(), new ActionPlanRequest(planEntry.year()));
			List<Action> inThisPlan = new ArrayList<>();
			for (ActionEntry entry : planEntry.actions()) {
				inThisPlan.add(importAction(plan, priorities.get(entry.priority()), entry));
			}
			for (Action earlier : carriedForward) {
				earlier.recordCarriedForward(inThisPlan.stream()
					.filter(action -> action.getTitle().equalsIgnoreCase(earlier.getTitle()))
					.findFirst()
					.orElse(null));
			}
			carriedForward = inThisPlan.stream()
				.filter(action -> planEntry.actions()
					.stream()
					.anyMatch(entry -> entry.reference().equals(action.getReference())
							&& entry.status() == ActionStatus.CARRIED_FORWARD))
				.toList();
		}
		carriedForward.forEach(action -> action.recordCarriedForward(null));
		// The actions and their progress are written here, not through ActionTracking, so nothing else announces them.
		events.publishEvent(new ActionPlanChanged(CouncilContext.require(), strategy.getId()));
		log.info("Imported {} with {} priorities and {} action plans", strategy.getTitle(),
				content.priorities().size(), content.actionPlans().size());
		return strategy;
	}

	private Strategy importStrategy(StrategyStarterFile content) {
		var entry = content.strategy();
		Strategy strategy = planning.create(new StrategyRequest(entry.title(), entry.periodStart(), entry.periodEnd(),
				entry.vision(), entry.summary(), entry.childFriendlySummary(), null));
		for (StrategyStatus step : pathTo(entry.status())) {
			var approval = entry.approval();
			strategy = planning.transition(strategy.getId(), new TransitionRequest(step,
					approval == null ? null : approval.body(), approval == null ? null : approval.date(),
					approval == null ? null : approval.recommendation()));
		}
		return strategy;
	}

	private Action importAction(ActionPlan plan, Priority priority, ActionEntry entry) {
		Long partner = entry.partnerOrganisation() == null ? null
				: partners.idOf(entry.partnerOrganisation()).orElseThrow();
		Set<Long> delivers = new LinkedHashSet<>();
		entry.pledges().forEach(number -> delivers.add(pledges.numbered(number).orElseThrow()));
		Action action = actions.save(new Action(plan, entry.reference(), new ActionDetails(priority, entry.title(),
				entry.description(), entry.owner(), entry.ownerEmail(), partner, entry.startDate(), entry.dueDate(),
				entry.outcomeMeasure(), Boolean.TRUE.equals(entry.illustrative()), delivers)));
		ActionStatus status = entry.status() == ActionStatus.CARRIED_FORWARD ? ActionStatus.ON_TRACK : entry.status();
		action.report(status, entry.percentComplete(), entry.dropReason());
		for (var update : entry.progress()) {
			progress.save(new ProgressUpdate(action, update.date(), Instant.now(clock), update.narrative(), null,
					update.status(), update.percentComplete(), update.author()));
		}
		return action;
	}

	/** The states a new draft passes through to reach the file's status. */
	private static List<StrategyStatus> pathTo(StrategyStatus target) {
		return switch (target) {
			case DRAFT -> List.of();
			case CONSULTATION -> List.of(StrategyStatus.CONSULTATION);
			case APPROVED -> List.of(StrategyStatus.APPROVED);
			case ACTIVE -> List.of(StrategyStatus.APPROVED, StrategyStatus.ACTIVE);
			case UNDER_REVIEW -> List.of(StrategyStatus.APPROVED, StrategyStatus.ACTIVE, StrategyStatus.UNDER_REVIEW);
			case SUPERSEDED -> List.of(StrategyStatus.APPROVED, StrategyStatus.SUPERSEDED);
		};
	}

	/**
	 * @param names the pledges and partner organisations the actions may name
	 * @param inCouncil whether the file is checked in the council it is imported into (so against its actions too),
	 *     not for a council still to be onboarded
	 */
	private List<FieldProblem> check(StrategyStarterFile content, Names names, boolean inCouncil) {
		List<FieldProblem> problems = FieldProblem.of(validator.validate(content));
		if (!problems.isEmpty()) {
			return problems;
		}
		if (content.strategy().approval() == null
				&& !EnumSet.of(StrategyStatus.DRAFT, StrategyStatus.CONSULTATION).contains(content.strategy().status())) {
			problems.add(new FieldProblem("strategy.approval", "is required for a strategy that has been approved"));
		}
		Set<String> keys = new HashSet<>();
		content.priorities().forEach(priority -> keys.add(priority.key()));
		Set<String> references = new HashSet<>();
		for (int p = 0; p < content.actionPlans().size(); p++) {
			PlanEntry plan = content.actionPlans().get(p);
			if (!PlanYear.isValid(plan.year())) {
				problems.add(new FieldProblem("actionPlans[" + p + "].year", "must be a year such as 2023/24"));
			}
			for (int a = 0; a < plan.actions().size(); a++) {
				ActionEntry action = plan.actions().get(a);
				String at = "actionPlans[" + p + "].actions[" + a + "]";
				if (!keys.contains(action.priority())) {
					problems.add(new FieldProblem(at + ".priority", "no priority has the key " + action.priority()));
				}
				if (!references.add(action.reference())) {
					problems.add(new FieldProblem(at + ".reference", "is used by another action: " + action.reference()));
				}
				else if (inCouncil && actions.existsByReference(action.reference())) {
					problems.add(new FieldProblem(at + ".reference",
							"is already used by an action of this council: " + action.reference()));
				}
				for (Integer number : action.pledges()) {
					if (!names.pledge().test(number)) {
						problems.add(new FieldProblem(at + ".pledges",
								"names pledge " + number + ", which is not in " + names.pledgesIn()));
					}
				}
				if (action.partnerOrganisation() != null && !names.organisation().test(action.partnerOrganisation())) {
					problems.add(new FieldProblem(at + ".partnerOrganisation", "names the organisation "
							+ action.partnerOrganisation() + ", which is not in " + names.organisationsIn()));
				}
				if (action.dueDate().isBefore(action.startDate())) {
					problems.add(new FieldProblem(at + ".dueDate", "must be on or after the start date"));
				}
				if (action.status() == ActionStatus.DROPPED && (action.dropReason() == null || action.dropReason().isBlank())) {
					problems.add(new FieldProblem(at + ".dropReason", "is required for a dropped action"));
				}
			}
		}
		return problems;
	}

	/** What the file's actions may name, and where those are, for the problems' messages. */
	private record Names(IntPredicate pledge, Predicate<String> organisation, String pledgesIn,
			String organisationsIn) {
	}
}
