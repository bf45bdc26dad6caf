package org.corporateparenting.alliance.web;

import java.util.Map;

import org.corporateparenting.alliance.application.Caller;
import org.corporateparenting.alliance.application.PartnerPledgeManagement;
import org.corporateparenting.alliance.domain.PartnerPledge;
import org.corporateparenting.alliance.web.AllianceForms.PledgeRevisionForm;
import org.corporateparenting.alliance.web.AllianceForms.PledgeUpdateForm;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.Forms;
import org.corporateparenting.web.InvalidInputException;
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
 * A partner's pledge with the progress reported on it (a partner sees their own organisation's): rewording it, and
 * reporting progress with a rating. Pledges are recorded on the alliance's overview.
 */
@PageController
@RequestMapping("/councils/{council}/alliance/partner-pledges/{id}")
class PartnerPledgePages {

	private final PartnerPledgeManagement pledges;

	private final RecordHistory history;

	PartnerPledgePages(PartnerPledgeManagement pledges, RecordHistory history) {
		this.pledges = pledges;
		this.history = history;
	}

	@GetMapping
	String pledge(@PathVariable long id, Model model, Authentication caller) {
		return pledge(id, model, caller, FormErrors.none(), Map.of());
	}

	@PostMapping
	@PreAuthorize(Access.EDIT)
	String revise(@PathVariable String council, @PathVariable long id, PledgeRevisionForm form, Model model,
			Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			var current = pledges.pledge(Caller.of(caller), id);
			try {
				pledges.revise(id, form.toRequest(current.organisationId(), current.rag()));
			}
			catch (InvalidInputException ex) {
				// The pledge's text is this form's wording.
				throw new InvalidInputException(ex.problems()
					.stream()
					.map(problem -> problem.field().equals("text") ? new FieldProblem("wording", problem.message())
							: problem)
					.toList());
			}
			redirect.addFlashAttribute("notice", "The pledge has been saved");
			return "redirect:/councils/" + council + "/alliance/partner-pledges/" + id;
		}, errors -> pledge(id, model, caller, errors, form.fields()), "wording");
	}

	@PostMapping("/updates")
	@PreAuthorize(Access.REPORT_PROGRESS)
	String report(@PathVariable String council, @PathVariable long id, PledgeUpdateForm form, Model model,
			Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			pledges.progress(Caller.of(caller), id, form.toRequest());
			redirect.addFlashAttribute("notice", "Your update has been recorded");
			return "redirect:/councils/" + council + "/alliance/partner-pledges/" + id;
		}, errors -> pledge(id, model, caller, errors, form.fields()), "text");
	}

	private String pledge(long id, Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		Caller who = Caller.of(caller);
		model.addAttribute("pledge", pledges.pledge(who, id));
		model.addAttribute("updates", pledges.updates(who, id));
		model.addAttribute("history", history.of(PartnerPledge.class, id));
		return AllianceChoices.show(model, errors, form, "alliance/partner-pledge");
	}
}
