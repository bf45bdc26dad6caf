package org.corporateparenting.reporting.web;

import java.util.HashMap;
import java.util.Map;

import org.corporateparenting.reporting.application.Dashboard;
import org.corporateparenting.web.CouncilHomePanel;
import org.springframework.stereotype.Component;

/** The council home page's first panel: the dashboard's headline figures, from its read model. */
@Component
class DashboardHomePanel implements CouncilHomePanel {

	private final Dashboard dashboard;

	DashboardHomePanel(Dashboard dashboard) {
		this.dashboard = dashboard;
	}

	@Override
	public int order() {
		return 5;
	}

	@Override
	public String template() {
		return "reporting/panel :: panel";
	}

	@Override
	public Map<String, Object> model(String councilSlug) {
		Map<String, Object> model = new HashMap<>();
		model.put("council", councilSlug);
		model.put("dashboard", dashboard.view());
		return model;
	}
}
