package org.corporateparenting.pledges.web;

import java.util.HashMap;
import java.util.Map;

import org.corporateparenting.pledges.application.PledgeManagement;
import org.corporateparenting.web.CouncilHomePanel;
import org.springframework.stereotype.Component;

/** The council home page's pledges panel: how many promises are in force, and the way to the pledge wall. */
@Component
class PledgesHomePanel implements CouncilHomePanel {

	private final PledgeManagement pledges;

	PledgesHomePanel(PledgeManagement pledges) {
		this.pledges = pledges;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String template() {
		return "pledges/panel :: panel";
	}

	@Override
	public Map<String, Object> model(String councilSlug) {
		Map<String, Object> model = new HashMap<>();
		model.put("council", councilSlug);
		model.put("inForce", pledges.countInForce());
		return model;
	}
}
