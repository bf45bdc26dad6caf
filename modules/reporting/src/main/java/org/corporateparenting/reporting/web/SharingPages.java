package org.corporateparenting.reporting.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.corporateparenting.reporting.application.IndicatorCatalogue;
import org.corporateparenting.reporting.application.Publication;
import org.corporateparenting.reporting.web.ReportingForms.FinaliseForm;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.Forms;
import org.corporateparenting.web.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the council shares with each of its partnerships, and the periods it has finalised. */
@PageController
@RequestMapping("/councils/{council}")
class SharingPages {

	private final IndicatorCatalogue catalogue;

	private final Publication publication;

	SharingPages(IndicatorCatalogue catalogue, Publication publication) {
		this.catalogue = catalogue;
		this.publication = publication;
	}

	@GetMapping("/sharing")
	String sharing(Model model, Authentication caller) {
		return sharing(model, caller, FormErrors.none(), Map.of());
	}

	private String sharing(Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		model.addAttribute("sharing", publication.sharing());
		model.addAttribute("national", catalogue.national());
		model.addAttribute("finalised", publication.finalisedPeriods());
		return ReportingPageSupport.page(model, caller, errors, form, "reporting/sharing");
	}

	@PostMapping("/sharing/{partnership}")
	@PreAuthorize(Access.EDIT)
	String share(@PathVariable String council, @PathVariable String partnership,
			@RequestParam MultiValueMap<String, String> params, Model model, Authentication caller,
			RedirectAttributes redirect) {
		List<String> codes = params.getOrDefault("indicators", List.of());
		return Forms.submit(() -> {
			publication.share(partnership, codes);
			redirect.addFlashAttribute("notice", "What the council shares has been saved");
			return "redirect:/councils/" + council + "/sharing";
		}, errors -> sharing(model, caller, errors, Map.of()), "indicators");
	}

	@PostMapping("/finalised-periods")
	@PreAuthorize(Access.EDIT)
	String finalise(@PathVariable String council, FinaliseForm form, Model model, Authentication caller,
			Principal author, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			Publication.Finalised done = publication.finalise(form.period(), author.getName());
			redirect.addFlashAttribute("notice", done.period() + " is finalised: " + done.values()
					+ " shared values were sent to the partnerships and for benchmarking, " + done.suppressed() + " of them as c");
			return "redirect:/councils/" + council + "/sharing";
		}, errors -> sharing(model, caller, errors, form.fields()), "period");
	}
}
