package org.corporateparenting.consultation.web;

import java.util.Map;

import org.corporateparenting.consultation.WellbeingVersion;
import org.corporateparenting.consultation.application.ConsultationViews.ConsultationView;
import org.corporateparenting.consultation.application.WellbeingResults;
import org.corporateparenting.consultation.application.WellbeingSharingManagement;
import org.corporateparenting.consultation.application.WellbeingSurveyManagement;
import org.corporateparenting.consultation.web.WellbeingForms.SharingForm;
import org.corporateparenting.consultation.web.WellbeingForms.StartForm;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.Choice;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.Forms;
import org.corporateparenting.web.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The well-being survey's pages: the template with the council's surveys started from it and the form to start
 * one, whether the council takes part in the comparison, and a template survey's results.
 */
@PageController
@RequestMapping("/councils/{council}/wellbeing")
class WellbeingPages {

	private final WellbeingSurveyManagement surveys;

	private final WellbeingResults results;

	private final WellbeingSharingManagement sharing;

	WellbeingPages(WellbeingSurveyManagement surveys, WellbeingResults results, WellbeingSharingManagement sharing) {
		this.surveys = surveys;
		this.results = results;
		this.sharing = sharing;
	}

	@GetMapping
	String wellbeing(Model model, Authentication caller) {
		return wellbeing(model, caller, FormErrors.none(), Map.of());
	}

	private String wellbeing(Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		model.addAttribute("template", surveys.template());
		model.addAttribute("surveys", surveys.surveys());
		model.addAttribute("sharing", sharing.sharing());
		model.addAttribute("versions", Choice.of(WellbeingVersion.class));
		return ConsultationPageSupport.page(model, caller, errors, form, "consultation/wellbeing");
	}

	@PostMapping("/surveys")
	@PreAuthorize(Access.EDIT)
	String start(@PathVariable String council, StartForm form, Model model, Authentication caller,
			RedirectAttributes redirect) {
		return Forms.submit(() -> {
			ConsultationView started = surveys.start(form.toRequest());
			redirect.addFlashAttribute("notice", "The well-being survey has been started with the template's questions");
			return "redirect:/councils/" + council + "/consultations/" + started.id();
		}, errors -> wellbeing(model, caller, errors, form.fields()), "templateVersion");
	}

	@PostMapping("/sharing")
	@PreAuthorize(Access.ADMINISTER)
	String share(@PathVariable String council, SharingForm form, Model model, Authentication caller,
			RedirectAttributes redirect) {
		return Forms.submit(() -> {
			boolean optedIn = sharing.choose(form.toRequest()).optedIn();
			redirect.addFlashAttribute("notice", optedIn ? "The council takes part in the well-being comparison"
					: "The council no longer takes part in the well-being comparison");
			return "redirect:/councils/" + council + "/wellbeing";
		}, errors -> wellbeing(model, caller, errors, form.fields()), "optedIn");
	}

	@GetMapping("/surveys/{id}")
	String results(@PathVariable long id, Model model, Authentication caller) {
		model.addAttribute("results", results.of(id));
		return ConsultationPageSupport.page(model, caller, FormErrors.none(), Map.of(),
				"consultation/wellbeing-results");
	}
}
