package org.corporateparenting.strategy.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.corporateparenting.strategy.application.ActionTracking;
import org.corporateparenting.strategy.domain.Strategies;
import org.corporateparenting.web.CouncilHomePanel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The council home page's strategy panel: the active strategy and the actions that are overdue. */
@Component
class StrategyHomePanel implements CouncilHomePanel {

	private final Strategies strategies;

	private final ActionTracking tracking;

	StrategyHomePanel(Strategies strategies, ActionTracking tracking) {
		this.strategies = strategies;
		this.tracking = tracking;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String template() {
		return "strategy/panel :: panel";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> model(String councilSlug) {
		Map<String, Object> model = new HashMap<>();
		LocalDate today = tracking.today();
		model.put("council", councilSlug);
		model.put("strategy", strategies.findActive().orElse(null));
		var overdue = tracking.overdueList();
		model.put("overdue", overdue.stream().limit(5).toList());
		model.put("overdueCount", overdue.size());
		model.put("today", today);
		return model;
	}
}
