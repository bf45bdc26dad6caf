package org.corporateparenting.consultation.web;

import java.util.HashMap;
import java.util.Map;

import org.corporateparenting.consultation.application.ConsultationManagement;
import org.corporateparenting.consultation.application.FindingManagement;
import org.corporateparenting.web.CouncilHomePanel;
import org.springframework.stereotype.Component;

/** The council home page's voice of the child panel: open consultations and what has been told back. */
@Component
class ConsultationHomePanel implements CouncilHomePanel {

	private final ConsultationManagement consultations;

	private final FindingManagement findings;

	ConsultationHomePanel(ConsultationManagement consultations, FindingManagement findings) {
		this.consultations = consultations;
		this.findings = findings;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public String template() {
		return "consultation/panel :: panel";
	}

	@Override
	public Map<String, Object> model(String councilSlug) {
		Map<String, Object> model = new HashMap<>();
		model.put("council", councilSlug);
		model.put("open", consultations.open());
		model.put("published", findings.publishedCount());
		return model;
	}
}
