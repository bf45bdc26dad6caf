package org.corporateparenting.alliance.web;

import java.util.Map;

import org.corporateparenting.alliance.application.ActionManagement;
import org.corporateparenting.alliance.application.Caller;
import org.corporateparenting.alliance.application.CorporateParentManagement;
import org.corporateparenting.alliance.application.OrganisationManagement;
import org.corporateparenting.alliance.application.PartnerPledgeManagement;
import org.corporateparenting.alliance.domain.PartnerOrganisation;
import org.corporateparenting.alliance.web.AllianceForms.CorporateParentForm;
import org.corporateparenting.alliance.web.AllianceForms.OrganisationForm;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
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

/** The partner organisations: the list, a new one, and each with its contacts, seats, actions and pledges. */
@PageController
@RequestMapping("/councils/{council}/alliance/organisations")
class OrganisationPages {

	private final OrganisationManagement organisations;

	private final ActionManagement actions;

	private final PartnerPledgeManagement pledges;

	private final CorporateParentManagement duties;

	private final RecordHistory history;

	OrganisationPages(OrganisationManagement organisations, ActionManagement actions, PartnerPledgeManagement pledges,
			CorporateParentManagement duties, RecordHistory history) {
		this.organisations = organisations;
		this.duties = duties;
		this.actions = actions;
		this.pledges = pledges;
		this.history = history;
	}

	@GetMapping
	String organisations(Model model) {
		return organisations(model, FormErrors.none(), Map.of());
	}

	@PostMapping
	@PreAuthorize(Access.EDIT)
	String create(@PathVariable String council, OrganisationForm form, Model model, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			var organisation = organisations.create(form.toRequest(form.key()));
			redirect.addFlashAttribute("notice", organisation.name() + " has been added");
			return "redirect:/councils/" + council + "/alliance/organisations/" + organisation.id();
		}, errors -> organisations(model, errors, form.fields()), "key");
	}

	@GetMapping("/{id}")
	String organisation(@PathVariable long id, Model model, Authentication caller) {
		return organisation(id, model, caller, FormErrors.none(), Map.of());
	}

	@PostMapping("/{id}")
	@PreAuthorize(Access.EDIT)
	String update(@PathVariable String council, @PathVariable long id, OrganisationForm form, Model model,
			Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			var organisation = organisations.update(id, form.toRequest(organisations.organisation(id).key()));
			redirect.addFlashAttribute("notice", organisation.name() + " has been saved");
			return "redirect:/councils/" + council + "/alliance/organisations/" + id;
		}, errors -> organisation(id, model, caller, errors, form.fields()), "name");
	}

	@PostMapping("/{id}/corporate-parent")
	@PreAuthorize(Access.EDIT)
	String recordDuties(@PathVariable String council, @PathVariable long id, CorporateParentForm form, Model model,
			Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			var recorded = duties.record(id, form.toRequest());
			redirect.addFlashAttribute("notice", "What " + recorded.organisationName() + " is bound to has been saved");
			return "redirect:/councils/" + council + "/alliance/organisations/" + id;
		}, errors -> organisation(id, model, caller, errors, form.fields()), "corporateParent");
	}

	private String organisations(Model model, FormErrors errors, Map<String, ?> form) {
		model.addAttribute("organisations", organisations.organisations());
		return AllianceChoices.show(model, errors, form, "alliance/organisations");
	}

	private String organisation(long id, Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		Caller who = Caller.of(caller);
		var organisation = organisations.organisation(id);
		model.addAttribute("organisation", organisation);
		model.addAttribute("contactLines", String.join("\n", organisation.contacts()
			.stream()
			.map(contact -> contact.role() + (contact.email() == null && contact.telephone() == null ? ""
					: "; " + (contact.email() == null ? "" : contact.email())
							+ (contact.telephone() == null ? "" : "; " + contact.telephone())))
			.toList()));
		model.addAttribute("corporateParent", duties.duties(id));
		model.addAttribute("seats", organisations.seatsOf(id));
		model.addAttribute("actions", actions.actions(who, id, false));
		model.addAttribute("partnerPledges",
				pledges.pledges(who).stream().filter(pledge -> pledge.organisationId() == id).toList());
		model.addAttribute("history", history.of(PartnerOrganisation.class, id));
		return AllianceChoices.show(model, errors, form, "alliance/organisation");
	}
}
