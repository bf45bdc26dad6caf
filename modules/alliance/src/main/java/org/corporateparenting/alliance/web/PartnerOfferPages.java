package org.corporateparenting.alliance.web;

import java.util.List;
import java.util.Map;

import org.corporateparenting.alliance.application.Caller;
import org.corporateparenting.alliance.application.PartnerOfferManagement;
import org.corporateparenting.alliance.domain.PartnerOffer;
import org.corporateparenting.alliance.web.AllianceForms.PartnerOfferForm;
import org.corporateparenting.tenancy.RecordHistory;
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
 * Partners' offers to care leavers: the list by Covenant area with take-up, a new offer, and each offer with its
 * take-up by quarter and history. A partner adds and changes their own organisation's offers only.
 */
@PageController
@RequestMapping("/councils/{council}/alliance/offers")
class PartnerOfferPages {

	private final PartnerOfferManagement offers;

	private final RecordHistory history;

	PartnerOfferPages(PartnerOfferManagement offers, RecordHistory history) {
		this.offers = offers;
		this.history = history;
	}

	@GetMapping
	String offers(Model model, Authentication caller) {
		return offers(model, caller, FormErrors.none(), Map.of());
	}

	@PostMapping
	@PreAuthorize(Access.REPORT_PROGRESS)
	String make(@PathVariable String council, PartnerOfferForm form, Model model, Authentication caller,
			RedirectAttributes redirect) {
		return Forms.submit(() -> {
			var offer = offers.make(Caller.of(caller), form.toRequest());
			redirect.addFlashAttribute("notice", offer.title() + " has been added");
			return "redirect:/councils/" + council + "/alliance/offers/" + offer.id();
		}, errors -> offers(model, caller, errors, form.fields()), "title");
	}

	@GetMapping("/{id}")
	String offer(@PathVariable long id, Model model, Authentication caller) {
		return offer(id, model, caller, FormErrors.none(), Map.of());
	}

	@PostMapping("/{id}")
	@PreAuthorize(Access.REPORT_PROGRESS)
	String change(@PathVariable String council, @PathVariable long id, PartnerOfferForm form, Model model,
			Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			var offer = offers.change(Caller.of(caller), id, form.toRequest());
			redirect.addFlashAttribute("notice", offer.title() + " has been saved");
			return "redirect:/councils/" + council + "/alliance/offers/" + id;
		}, errors -> offer(id, model, caller, errors, form.fields()), "title");
	}

	private String offers(Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		model.addAttribute("offers", offers.offerViews());
		model.addAttribute("byArea", offers.byArea());
		model.addAttribute("offerOrganisations", organisationsFor(Caller.of(caller)));
		return AllianceChoices.show(model, errors, form, "alliance/offers");
	}

	private String offer(long id, Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		Caller who = Caller.of(caller);
		var offer = offers.offerView(id);
		model.addAttribute("offer", offer);
		model.addAttribute("takeUpLines", String.join("\n",
				offer.takeUp().stream().map(figure -> figure.quarter() + ": " + figure.takenUp()).toList()));
		model.addAttribute("mayChange", who.may().reportsFor(offer.organisationKey()));
		model.addAttribute("history", history.of(PartnerOffer.class, id));
		return AllianceChoices.show(model, errors, form, "alliance/offer");
	}

	/** The organisations the caller may make an offer for: all for officers, their own for a partner. */
	private List<Choice> organisationsFor(Caller caller) {
		return offers.organisationNames()
			.stream()
			.filter(organisation -> caller.may().reportsFor(organisation.key()))
			.map(organisation -> new Choice("" + organisation.id(), organisation.name()))
			.toList();
	}
}
