package org.corporateparenting.alliance.web;

import java.util.List;
import java.util.Map;

import org.corporateparenting.alliance.TermsOfReferenceStatus;
import org.corporateparenting.alliance.application.AllianceViews.TermsOfReferenceView;
import org.corporateparenting.alliance.application.GovernanceManagement;
import org.corporateparenting.alliance.application.TermsOfReferenceManagement;
import org.corporateparenting.alliance.domain.TermsOfReference;
import org.corporateparenting.alliance.web.AllianceForms.ApprovalForm;
import org.corporateparenting.alliance.web.AllianceForms.TermsForm;
import org.corporateparenting.tenancy.RecordHistory;
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

/** A body's terms of reference: every edition, the draft being written, and its approval into force. */
@PageController
@RequestMapping("/councils/{council}/alliance")
class TermsOfReferencePages {

	private final GovernanceManagement governance;

	private final TermsOfReferenceManagement terms;

	private final RecordHistory history;

	TermsOfReferencePages(GovernanceManagement governance, TermsOfReferenceManagement terms, RecordHistory history) {
		this.governance = governance;
		this.terms = terms;
		this.history = history;
	}

	@GetMapping("/bodies/{id}/terms-of-reference")
	String terms(@PathVariable long id, Model model) {
		return terms(id, model, FormErrors.none(), Map.of());
	}

	@PostMapping("/bodies/{id}/terms-of-reference")
	@PreAuthorize(Access.EDIT)
	String draft(@PathVariable String council, @PathVariable long id, TermsForm form, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(() -> {
			var draft = terms.draft(id, form.toRequest());
			redirect.addFlashAttribute("notice", "Edition " + draft.edition() + " has been started as a draft");
			return "redirect:/councils/" + council + "/alliance/bodies/" + id + "/terms-of-reference";
		}, errors -> terms(id, model, errors, form.fields()), "purpose");
	}

	@PostMapping("/terms-of-reference/{termsId}")
	@PreAuthorize(Access.EDIT)
	String revise(@PathVariable String council, @PathVariable long termsId, TermsForm form, Model model,
			RedirectAttributes redirect) {
		long bodyId = terms.termsOfReference(termsId).bodyId();
		return Forms.submit(() -> {
			terms.revise(termsId, form.toRequest());
			redirect.addFlashAttribute("notice", "The draft has been saved");
			return "redirect:/councils/" + council + "/alliance/bodies/" + bodyId + "/terms-of-reference";
		}, errors -> terms(bodyId, model, errors, form.fields()), "purpose");
	}

	@PostMapping("/terms-of-reference/{termsId}/approval")
	@PreAuthorize(Access.APPROVE)
	String approve(@PathVariable String council, @PathVariable long termsId, ApprovalForm form, Model model,
			RedirectAttributes redirect) {
		long bodyId = terms.termsOfReference(termsId).bodyId();
		return Forms.submit(() -> {
			var approved = terms.approve(termsId, form.toRequest());
			redirect.addFlashAttribute("notice", "Edition " + approved.edition() + " is in force; it is reviewed by "
					+ GovernancePages.LONG_DATE.format(approved.reviewDate()));
			return "redirect:/councils/" + council + "/alliance/bodies/" + bodyId + "/terms-of-reference";
		}, errors -> terms(bodyId, model, errors, form.fields()), "approvedOn");
	}

	private String terms(long id, Model model, FormErrors errors, Map<String, ?> form) {
		model.addAttribute("body", governance.body(id));
		List<TermsOfReferenceView> editions = terms.editions(id);
		model.addAttribute("editions", editions);
		model.addAttribute("draft", edition(editions, TermsOfReferenceStatus.DRAFT));
		model.addAttribute("inForce", edition(editions, TermsOfReferenceStatus.IN_FORCE));
		model.addAttribute("history",
				editions.isEmpty() ? List.of() : history.of(TermsOfReference.class, editions.getFirst().id()));
		return AllianceChoices.show(model, errors, form, "alliance/terms");
	}

	private static TermsOfReferenceView edition(List<TermsOfReferenceView> editions, TermsOfReferenceStatus status) {
		return editions.stream().filter(edition -> edition.status() == status).findFirst().orElse(null);
	}
}
