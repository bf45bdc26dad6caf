package org.corporateparenting.safeguarding.web;

import java.util.Map;

import org.corporateparenting.safeguarding.application.SafeguardingSettingsManagement;
import org.corporateparenting.safeguarding.application.SafeguardingViews.SettingsView;
import org.corporateparenting.safeguarding.web.SafeguardingForms.SettingsForm;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.Forms;
import org.corporateparenting.web.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The council's safeguarding settings page, for its admins. */
@PageController
@RequestMapping("/councils/{council}/safeguarding/settings")
@PreAuthorize(Access.ADMINISTER)
class SafeguardingSettingsPages {

	private final SafeguardingSettingsManagement settings;

	SafeguardingSettingsPages(SafeguardingSettingsManagement settings) {
		this.settings = settings;
	}

	@GetMapping
	String settings(Model model) {
		SettingsView view = settings.view();
		return show(model, FormErrors.none(), SettingsForm.of(view).fields(), view);
	}

	@PostMapping
	String change(@PathVariable String council, SettingsForm form, Model model, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			settings.change(form.toRequest());
			redirect.addFlashAttribute("notice", "The council's safeguarding settings have been saved");
			return "redirect:/councils/" + council + "/safeguarding/settings";
		}, errors -> show(model, errors, form.fields(), settings.view()), "leadEmail");
	}

	private String show(Model model, FormErrors errors, Map<String, ?> form, SettingsView saved) {
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		model.addAttribute("saved", saved);
		model.addAttribute("history", settings.history());
		return "safeguarding/settings";
	}
}
