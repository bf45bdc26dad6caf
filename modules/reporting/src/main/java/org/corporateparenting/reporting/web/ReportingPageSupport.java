package org.corporateparenting.reporting.web;

import java.util.Map;

import org.corporateparenting.reporting.Polarity;
import org.corporateparenting.reporting.Unit;
import org.corporateparenting.web.Choice;
import org.corporateparenting.web.FormErrors;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;

/** What the reporting pages share: showing a page with its form's problems, and the choices its forms offer. */
final class ReportingPageSupport {

	private ReportingPageSupport() {
	}

	static String page(Model model, Authentication caller, FormErrors errors, Map<String, ?> form, String template) {
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		model.addAttribute("units", Choice.of(Unit.class));
		model.addAttribute("polarities", Choice.of(Polarity.class));
		return template;
	}
}
