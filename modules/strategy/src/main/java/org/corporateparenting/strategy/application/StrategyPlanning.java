package org.corporateparenting.strategy.application;

import java.util.List;

import org.corporateparenting.strategy.ActionPlanChanged;
import org.corporateparenting.strategy.StrategyApproved;
import org.corporateparenting.strategy.StrategyStatus;
import org.corporateparenting.strategy.domain.ActionPlan;
import org.corporateparenting.strategy.domain.ActionPlans;
import org.corporateparenting.strategy.domain.PlanYear;
import org.corporateparenting.strategy.domain.Priorities;
import org.corporateparenting.strategy.domain.Priority;
import org.corporateparenting.strategy.domain.PriorityDetails;
import org.corporateparenting.strategy.domain.Strategies;
import org.corporateparenting.strategy.domain.Strategy;
import org.corporateparenting.strategy.domain.StrategyDetails;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.web.ConflictException;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.Versions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

/** Writing a council's strategy: the strategy itself, its life from draft to superseded, priorities and plans. */
@Service
@Transactional
public class StrategyPlanning {

	private final Strategies strategies;

	private final Priorities priorities;

	private final ActionPlans plans;

	private final Validator validator;

	private final ApplicationEventPublisher events;

	StrategyPlanning(Strategies strategies, Priorities priorities, ActionPlans plans, Validator validator,
			ApplicationEventPublisher events) {
		this.strategies = strategies;
		this.priorities = priorities;
		this.plans = plans;
		this.validator = validator;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Page<Strategy> strategies(int page, int size) {
		return strategies.findAllByOrderByPeriodStartDesc(PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 100)));
	}

	/** Every strategy of the council, the latest period first: the API pages them in the order it is asked for. */
	@Transactional(readOnly = true)
	public List<Strategy> strategies() {
		return strategies.findAll(Sort.by(Sort.Direction.DESC, "periodStart"));
	}

	@Transactional(readOnly = true)
	public Strategy strategy(long id) {
		return strategies.findById(id).orElseThrow(() -> new NotFoundException("No strategy " + id));
	}

	public Strategy create(StrategyRequest request) {
		check(request);
		return strategies.save(new Strategy(details(request)));
	}

	public Strategy update(long id, StrategyRequest request) {
		check(request);
		Strategy strategy = strategy(id);
		Versions.require(request.version(), strategy.getVersion());
		strategy.describe(details(request));
		announceChange(strategy);
		return strategies.saveAndFlush(strategy);
	}

	/** Moves a strategy on; activating one supersedes the strategy that was active, so one is active at a time. */
	public Strategy transition(long id, TransitionRequest request) {
		List<FieldProblem> problems = FieldProblem.of(validator.validate(request));
		if (request.to() == StrategyStatus.APPROVED) {
			if (request.approvedBy() == null || request.approvedBy().isBlank()) {
				problems.add(new FieldProblem("approvedBy", "Enter the body that approved the strategy"));
			}
			if (request.approvedOn() == null) {
				problems.add(new FieldProblem("approvedOn", "Enter the date it was approved"));
			}
			if (request.recommendation() == null || request.recommendation().isBlank()) {
				problems.add(new FieldProblem("recommendation", "Enter the recommendation the body agreed"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Strategy strategy = strategy(id);
		if (request.to() == StrategyStatus.ACTIVE && strategy.getStatus().next().contains(StrategyStatus.ACTIVE)) {
			strategies.findActive()
				.filter(active -> !active.getId().equals(strategy.getId()))
				.ifPresent(active -> active.moveTo(StrategyStatus.SUPERSEDED, null));
		}
		strategy.moveTo(request.to(), new Strategy.Approval(request.approvedBy(), request.approvedOn(),
				request.recommendation()));
		if (request.to() == StrategyStatus.APPROVED) {
			events.publishEvent(new StrategyApproved(CouncilContext.require(), strategy.getId(), strategy.getTitle(),
					strategy.getApprovedBy(), strategy.getApprovedOn()));
		}
		else {
			announceChange(strategy);
		}
		return strategies.saveAndFlush(strategy);
	}

	@Transactional(readOnly = true)
	public List<Priority> priorities(long strategyId) {
		strategy(strategyId);
		return priorities.findByStrategyIdOrderByPosition(strategyId);
	}

	public Priority addPriority(long strategyId, PriorityRequest request) {
		check(request);
		Strategy strategy = strategy(strategyId);
		int position = priorities.findByStrategyIdOrderByPosition(strategyId).size() + 1;
		announceChange(strategy);
		return priorities.save(new Priority(strategy, position, details(request)));
	}

	public Priority updatePriority(long priorityId, PriorityRequest request) {
		check(request);
		Priority priority = priority(priorityId);
		Versions.require(request.version(), priority.getVersion());
		priority.describe(details(request));
		announceChange(priority.getStrategy());
		return priorities.saveAndFlush(priority);
	}

	@Transactional(readOnly = true)
	public Priority priority(long id) {
		return priorities.findById(id).orElseThrow(() -> new NotFoundException("No priority " + id));
	}

	@Transactional(readOnly = true)
	public List<ActionPlan> plans(long strategyId) {
		strategy(strategyId);
		return plans.findByStrategyIdOrderByYear(strategyId);
	}

	@Transactional(readOnly = true)
	public ActionPlan plan(long id) {
		return plans.findById(id).orElseThrow(() -> new NotFoundException("No action plan " + id));
	}

	public ActionPlan addPlan(long strategyId, ActionPlanRequest request) {
		List<FieldProblem> problems = FieldProblem.of(validator.validate(request));
		if (problems.isEmpty() && !PlanYear.isValid(request.year())) {
			problems.add(new FieldProblem("year", "must be two consecutive years, such as 2025/26"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Strategy strategy = strategy(strategyId);
		PlanYear year = PlanYear.parse(request.year());
		if (plans.findByStrategyIdAndYear(strategyId, year.toString()).isPresent()) {
			throw new ConflictException("The strategy already has a " + year + " action plan");
		}
		announceChange(strategy);
		return plans.save(new ActionPlan(strategy, year));
	}

	/** Tells listeners that keep a summary of the strategy (reporting's dashboard) to read it again. */
	private void announceChange(Strategy strategy) {
		events.publishEvent(new ActionPlanChanged(CouncilContext.require(), strategy.getId()));
	}

	private void check(StrategyRequest request) {
		List<FieldProblem> problems = FieldProblem.of(validator.validate(request));
		if (request.periodStart() != null && request.periodEnd() != null
				&& !request.periodEnd().isAfter(request.periodStart())) {
			problems.add(new FieldProblem("periodEnd", "must be after the start of the period"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private void check(PriorityRequest request) {
		List<FieldProblem> problems = FieldProblem.of(validator.validate(request));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}


	private static StrategyDetails details(StrategyRequest request) {
		return new StrategyDetails(request.title().strip(), request.periodStart(), request.periodEnd(),
				request.vision(), request.summary(), request.childFriendlySummary());
	}

	private static PriorityDetails details(PriorityRequest request) {
		return new PriorityDetails(request.title().strip(), request.formalText(), request.childFriendlyText(),
				request.principles(), request.theme());
	}
}
