package org.corporateparenting.strategy.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.corporateparenting.strategy.application.StrategyViews.ActionView;
import org.corporateparenting.strategy.domain.ActionPlans;
import org.corporateparenting.strategy.domain.Actions;
import org.corporateparenting.strategy.domain.PlanStamp;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's actions as the API lists them. The list this instance last built for a council's plan is given again
 * while the plan's {@link PlanStamp stamp}, read every time in one small query, is what it was built at and the day
 * is the same (RAG and overdue move with the date); otherwise the actions are read and the list built afresh. So the
 * list is always as the records stand, on every instance, and reading an unchanged plan costs one query rather than
 * loading its actions.
 */
@Service
@Transactional(readOnly = true)
public class PlanActionList {

	private final Actions actions;

	private final ActionPlans plans;

	private final Clock clock;

	/** Councils' slugs are never reused (an offboarded council keeps its own), so they tell councils' lists apart. */
	private final Map<Key, Built> built = new ConcurrentHashMap<>();

	PlanActionList(Actions actions, ActionPlans plans, Clock clock) {
		this.actions = actions;
		this.plans = plans;
		this.clock = clock;
	}

	public List<ActionView> of(long planId) {
		LocalDate today = LocalDate.now(clock);
		Key key = new Key(CouncilContext.require(), planId);
		PlanStamp stamp = actions.stampOf(planId);
		Built known = built.get(key);
		if (known != null && known.stamp().equals(stamp) && known.day().equals(today)) {
			return known.views();
		}
		if (!plans.existsById(planId)) {
			throw new NotFoundException("No action plan " + planId);
		}
		List<ActionView> views = actions.findByPlanIdOrderByReference(planId)
			.stream()
			.map(action -> ActionView.of(action, today))
			.toList();
		built.put(key, new Built(stamp, today, views));
		return views;
	}

	private record Key(String council, long planId) {
	}

	private record Built(PlanStamp stamp, LocalDate day, List<ActionView> views) {
	}
}
