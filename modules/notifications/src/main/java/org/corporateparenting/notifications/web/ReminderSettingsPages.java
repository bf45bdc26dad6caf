package org.corporateparenting.notifications.web;

import java.util.Map;

import org.corporateparenting.notifications.ReminderKind;
import org.corporateparenting.notifications.application.ReminderSettingsManagement;
import org.corporateparenting.notifications.application.ReminderSettingsView;
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

/** The council's reminder settings, for its admins: which kinds it sends, when, and who hears of what. */
@PageController
@RequestMapping("/councils/{council}/notifications/settings")
@PreAuthorize(Access.ADMINISTER)
class ReminderSettingsPages {

	private final ReminderSettingsManagement settings;

	ReminderSettingsPages(ReminderSettingsManagement settings) {
		this.settings = settings;
	}

	@GetMapping
	String settings(Model model) {
		ReminderSettingsView view = settings.view();
		return show(model, FormErrors.none(), ReminderSettingsForm.of(view), view.defaults());
	}

	@PostMapping
	String change(@PathVariable String council, ReminderSettingsForm form, Model model, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			settings.change(form.toRequest(), form.typingProblems());
			redirect.addFlashAttribute("notice", "The council's reminder settings have been saved");
			return "redirect:/councils/" + council + "/notifications/settings";
		}, errors -> show(model, errors, form.fields(), settings.saved().isEmpty()), "dueSoonDays");
	}

	/** @param defaults whether the council still has the platform's settings, which the page says */
	private String show(Model model, FormErrors errors, Map<String, ?> form, boolean defaults) {
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		model.addAttribute("kinds", ReminderKind.councilMayStop());
		model.addAttribute("history", settings.history());
		model.addAttribute("defaults", defaults);
		return "notifications/settings";
	}
}
