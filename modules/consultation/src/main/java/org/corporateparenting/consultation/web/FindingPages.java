package org.corporateparenting.consultation.web;

import static org.corporateparenting.web.FormValues.id;
import static org.corporateparenting.web.FormValues.version;

import java.util.Map;

import org.corporateparenting.consultation.application.ConsultationRequests.PublicationRequest;
import org.corporateparenting.consultation.application.FindingManagement;
import org.corporateparenting.consultation.domain.Finding;
import org.corporateparenting.consultation.web.ConsultationForms.FindingForm;
import org.corporateparenting.consultation.web.ConsultationForms.PublicationForm;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.FormValues;
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

/** A finding of a consultation: the council's response to it, and its publication as "you said, we did". */
@PageController
@RequestMapping("/councils/{council}")
class FindingPages {

	private final FindingManagement findings;

	private final RecordHistory history;

	FindingPages(FindingManagement findings, RecordHistory history) {
		this.findings = findings;
		this.history = history;
	}

	@GetMapping("/findings/{id}")
	String finding(@PathVariable long id, Model model, Authentication caller) {
		return finding(id, model, caller, FormErrors.none(), Map.of());
	}

	private String finding(long id, Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		model.addAttribute("finding", findings.finding(id));
		model.addAttribute("history", history.of(Finding.class, id));
		return ConsultationPageSupport.page(model, caller, errors, form, "consultation/finding");
	}

	@PostMapping("/findings/{id}")
	@PreAuthorize(Access.EDIT)
	String reviseFinding(@PathVariable String council, @PathVariable long id, FindingForm form, Model model,
			Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			findings.revise(id, form.toRequest());
			redirect.addFlashAttribute("notice", "The finding and response have been saved");
			return "redirect:/councils/" + council + "/findings/" + id;
		}, errors -> finding(id, model, caller, errors, form.fields()), "theme");
	}

	@PostMapping("/findings/{id}/publication")
	@PreAuthorize(Access.EDIT)
	String publish(@PathVariable String council, @PathVariable long id, PublicationForm form, Model model,
			Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			findings.publish(id, new PublicationRequest(form.publish(), FormValues.version(form.version())));
			redirect.addFlashAttribute("notice", form.publish() ? "It is on the public you said, we did page"
					: "It has been taken off the public page");
			return "redirect:/councils/" + council + "/findings/" + id;
		}, errors -> finding(id, model, caller, errors, form.fields()), "published");
	}
}
