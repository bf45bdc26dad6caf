package org.corporateparenting.alliance.web;

import java.util.HashMap;
import java.util.Map;

import org.corporateparenting.alliance.application.ActionManagement;
import org.corporateparenting.alliance.application.Caller;
import org.corporateparenting.alliance.application.GovernanceManagement;
import org.corporateparenting.alliance.application.TermsOfReferenceManagement;
import org.corporateparenting.web.CouncilHomePanel;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The council home page's governance panel: terms of reference due for review, the cadence of each body (the
 * board's meetings with young people among them), and how many allocated actions are overdue.
 */
@Component
class AllianceHomePanel implements CouncilHomePanel {

	private final GovernanceManagement governance;

	private final TermsOfReferenceManagement terms;

	private final ActionManagement actions;

	AllianceHomePanel(GovernanceManagement governance, TermsOfReferenceManagement terms, ActionManagement actions) {
		this.governance = governance;
		this.terms = terms;
		this.actions = actions;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String template() {
		return "alliance/panel :: panel";
	}

	@Override
	public Map<String, Object> model(String councilSlug) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		Caller caller = authentication == null ? Caller.nobody() : Caller.of(authentication);
		Map<String, Object> model = new HashMap<>();
		model.put("council", councilSlug);
		model.put("reviewsDue", terms.reviewsDue());
		model.put("cadence", governance.cadence());
		model.put("overdueActions", actions.overdueCount(caller));
		model.put("partnerOnly", caller.partnerOnly());
		return model;
	}
}
