package org.corporateparenting.strategy.starter;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.corporateparenting.alliance.PartnerOrganisationDirectory;
import org.corporateparenting.pledges.PledgeCatalogue;
import org.corporateparenting.strategy.domain.Action;
import org.corporateparenting.strategy.domain.ActionPlans;
import org.corporateparenting.strategy.domain.Actions;
import org.corporateparenting.strategy.domain.Priorities;
import org.corporateparenting.strategy.domain.ProgressUpdates;
import org.corporateparenting.strategy.domain.Strategies;
import org.corporateparenting.strategy.domain.Strategy;
import org.corporateparenting.strategy.starter.StrategyStarterFile.ActionEntry;
import org.corporateparenting.strategy.starter.StrategyStarterFile.Approval;
import org.corporateparenting.strategy.starter.StrategyStarterFile.PlanEntry;
import org.corporateparenting.strategy.starter.StrategyStarterFile.PriorityEntry;
import org.corporateparenting.strategy.starter.StrategyStarterFile.ProgressEntry;
import org.corporateparenting.strategy.starter.StrategyStarterFile.StrategyEntry;
import org.corporateparenting.tenancy.StarterExport;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the council's strategy back as its {@code strategy.yaml}: the strategy in force (or else the newest), its
 * priorities, action plans and their actions with every progress update, oldest first as a council writes them.
 * Priorities get a key made from their title, since the file names them by key and the platform by id; an action
 * names the pledges it delivers by number and the partner organisation that owns it by key.
 */
@Component
class StrategyExport implements StarterExport {

	private final Strategies strategies;

	private final Priorities priorities;

	private final ActionPlans plans;

	private final Actions actions;

	private final ProgressUpdates progress;

	private final PledgeCatalogue pledges;

	private final PartnerOrganisationDirectory partners;

	StrategyExport(Strategies strategies, Priorities priorities, ActionPlans plans, Actions actions,
			ProgressUpdates progress, PledgeCatalogue pledges, PartnerOrganisationDirectory partners) {
		this.pledges = pledges;
		this.partners = partners;
		this.strategies = strategies;
		this.priorities = priorities;
		this.plans = plans;
		this.actions = actions;
		this.progress = progress;
	}

	@Override
	public String file() {
		return StrategyStarter.FILE;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StrategyStarterFile> export() {
		Optional<Strategy> current = strategies.findActive()
			.or(() -> strategies.findAllByOrderByPeriodStartDesc(PageRequest.of(0, 1)).stream().findFirst());
		return current.map(this::export);
	}

	private StrategyStarterFile export(Strategy strategy) {
		Map<Long, String> keys = new HashMap<>();
		Set<String> taken = new HashSet<>();
		List<PriorityEntry> priorityEntries = priorities
			.findWithPrinciplesByStrategyIdOrderByPosition(strategy.getId())
			.stream()
			.map(priority -> {
				String key = StarterExport.keyOf(priority.getTitle(), taken);
				keys.put(priority.getId(), key);
				return new PriorityEntry(key, priority.getTitle(), priority.getFormalText(),
						priority.getChildFriendlyText(), priority.getPrinciples(), priority.getTheme());
			})
			.toList();
		List<PlanEntry> planEntries = plans.findByStrategyIdOrderByYear(strategy.getId())
			.stream()
			.map(plan -> new PlanEntry(plan.getYear().toString(), actions.findByPlanIdOrderByReference(plan.getId())
				.stream()
				.map(action -> entry(action, keys.get(action.getPriority().getId())))
				.toList()))
			.toList();
		Approval approval = strategy.getApprovedOn() == null ? null
				: new Approval(strategy.getApprovedBy(), strategy.getApprovedOn(),
						strategy.getApprovalRecommendation());
		return new StrategyStarterFile(new StrategyEntry(strategy.getTitle(), strategy.getPeriodStart(),
				strategy.getPeriodEnd(), strategy.getVision(), strategy.getSummary(),
				strategy.getChildFriendlySummary(), strategy.getStatus(), approval), priorityEntries, planEntries);
	}

	private ActionEntry entry(Action action, String priority) {
		List<ProgressEntry> updates = progress.findByActionIdOrderByProgressDateDescRecordedAtDesc(action.getId())
			.reversed()
			.stream()
			.map(update -> new ProgressEntry(update.getProgressDate(), update.getNarrative(), update.getStatus(),
					update.getPercentComplete(), update.getAuthor()))
			.toList();
		List<Integer> delivers = pledges.numbers(action.getPledgeIds()).values().stream().sorted().distinct().toList();
		String partner = action.getPartnerOrganisationId() == null ? null
				: partners.keyOf(action.getPartnerOrganisationId()).orElse(null);
		return new ActionEntry(action.getReference(), priority, action.getTitle(), action.getDescription(),
				action.getOwner(), action.getOwnerEmail(), action.getStartDate(), action.getDueDate(), action.getOutcomeMeasure(),
				action.isIllustrative() ? Boolean.TRUE : null, action.getStatus(), action.getPercentComplete(), action.getDropReason(), updates, delivers, partner);
	}
}
