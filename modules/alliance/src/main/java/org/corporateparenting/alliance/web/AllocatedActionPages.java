package org.corporateparenting.alliance.web;

import java.util.Map;

import org.corporateparenting.alliance.application.ActionManagement;
import org.corporateparenting.alliance.application.AllianceViews.ActionView;
import org.corporateparenting.alliance.application.Caller;
import org.corporateparenting.alliance.application.OrganisationManagement;
import org.corporateparenting.alliance.domain.AllocatedAction;
import org.corporateparenting.alliance.web.AllianceForms.ActionForm;
import org.corporateparenting.alliance.web.AllianceForms.ActionUpdateForm;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The actions meetings allocated: the list (a partner sees their own organisation's), each action with its updates,
 * reallocating it, and reporting progress on it. Actions are allocated on the meeting's page.
 */
@PageController
@RequestMapping("/councils/{council}/alliance/actions")
class AllocatedActionPages {

	private final ActionManagement actions;

	private final OrganisationManagement organisations;

	private final AllianceChoices choices;

	private final RecordHistory history;

	AllocatedActionPages(ActionManagement actions, OrganisationManagement organisations, AllianceChoices choices,
			RecordHistory history) {
		this.actions = actions;
		this.organisations = organisations;
		this.choices = choices;
		this.history = history;
	}

	@GetMapping
	String actions(@RequestParam(required = false) Long organisationId,
			@RequestParam(defaultValue = "false") boolean overdue, Model model, Authentication caller) {
		Caller who = Caller.of(caller);
		model.addAttribute("actions", actions.actions(who, organisationId, overdue));
		model.addAttribute("overdueOnly", overdue);
		model.addAttribute("organisationId", organisationId);
		model.addAttribute("organisationChoices", choices.organisations());
		model.addAttribute("ownOrganisation", who.partnerOnly() && who.organisationKey() != null
				? organisations.organisation(who.organisationKey()).orElse(null) : null);
		return AllianceChoices.show(model, "alliance/actions");
	}

	@GetMapping("/{id}")
	String action(@PathVariable long id, Model model, Authentication caller) {
		return action(id, model, caller, FormErrors.none(), Map.of());
	}

	@PostMapping("/{id}")
	@PreAuthorize(Access.EDIT)
	String reallocate(@PathVariable String council, @PathVariable long id, ActionForm form, Model model,
			Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			ActionView action = actions.reallocate(id, form.toRequest());
			redirect.addFlashAttribute("notice", "The action is allocated to " + action.holder() + ", due "
					+ GovernancePages.LONG_DATE.format(action.dueDate()));
			return "redirect:/councils/" + council + "/alliance/actions/" + id;
		}, errors -> action(id, model, caller, errors, form.fields()), "title");
	}

	@PostMapping("/{id}/updates")
	@PreAuthorize(Access.REPORT_PROGRESS)
	String progress(@PathVariable String council, @PathVariable long id, ActionUpdateForm form, Model model,
			Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			actions.progress(Caller.of(caller), id, form.toRequest());
			redirect.addFlashAttribute("notice", "Your update has been recorded");
			return "redirect:/councils/" + council + "/alliance/actions/" + id;
		}, errors -> action(id, model, caller, errors, form.fields()), "text");
	}

	private String action(long id, Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		Caller who = Caller.of(caller);
		ActionView action = actions.action(who, id);
		model.addAttribute("action", action);
		model.addAttribute("updates", actions.updates(who, id));
		model.addAttribute("history", history.of(AllocatedAction.class, id));
		if (!who.partnerOnly()) {
			model.addAttribute("seatChoices", choices.seats(action.bodyId()));
			model.addAttribute("organisationChoices", choices.organisations());
		}
		return AllianceChoices.show(model, errors, form, "alliance/action");
	}
}
