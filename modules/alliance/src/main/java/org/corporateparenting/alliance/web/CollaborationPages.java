package org.corporateparenting.alliance.web;

import java.util.Map;

import org.corporateparenting.alliance.application.CollaborationManagement;
import org.corporateparenting.alliance.application.PartnerOfferManagement;
import org.corporateparenting.alliance.web.AllianceForms.CollaborationForm;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.Choice;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.Forms;
import org.corporateparenting.web.PageController;
import org.corporateparenting.web.PageResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The collaboration log, a page at a time and newest first, and a new entry in it. */
@PageController
@RequestMapping("/councils/{council}/alliance/collaboration")
class CollaborationPages {

	private final CollaborationManagement log;

	private final PartnerOfferManagement offers;

	CollaborationPages(CollaborationManagement log, PartnerOfferManagement offers) {
		this.log = log;
		this.offers = offers;
	}

	@GetMapping
	String entries(@RequestParam(defaultValue = "0") int page, Model model) {
		return entries(page, model, FormErrors.none(), Map.of());
	}

	@PostMapping
	@PreAuthorize(Access.EDIT)
	String record(@PathVariable String council, CollaborationForm form, Model model, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			log.record(form.toRequest());
			redirect.addFlashAttribute("notice", "The entry has been added to the log");
			return "redirect:/councils/" + council + "/alliance/collaboration";
		}, errors -> entries(0, model, errors, form.fields()), "summary");
	}

	private String entries(int page, Model model, FormErrors errors, Map<String, ?> form) {
		model.addAttribute("entries", log.entries(page, PageResponse.DEFAULT_SIZE));
		model.addAttribute("organisationChoices", offers.organisationNames()
			.stream()
			.map(organisation -> new Choice("" + organisation.id(), organisation.name()))
			.toList());
		return AllianceChoices.show(model, errors, form, "alliance/collaboration");
	}
}
