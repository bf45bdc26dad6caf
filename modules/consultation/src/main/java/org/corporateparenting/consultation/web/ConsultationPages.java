package org.corporateparenting.consultation.web;

import static org.corporateparenting.web.FormValues.id;

import java.util.List;
import java.util.Map;

import org.corporateparenting.consultation.application.ConsultationManagement;
import org.corporateparenting.consultation.application.ConsultationViews.ConsultationView;
import org.corporateparenting.consultation.application.FindingManagement;
import org.corporateparenting.consultation.application.ForumManagement;
import org.corporateparenting.consultation.application.SurveyResults;
import org.corporateparenting.consultation.domain.Consultation;
import org.corporateparenting.consultation.web.ConsultationForms.ConsultationForm;
import org.corporateparenting.consultation.web.ConsultationForms.FindingForm;
import org.corporateparenting.consultation.web.ConsultationForms.LinkForm;
import org.corporateparenting.consultation.web.ConsultationForms.QuestionForm;
import org.corporateparenting.notifications.KnownContacts;
import org.corporateparenting.notifications.Recipient;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.Choice;
import org.corporateparenting.web.CouncilPermissions;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.Forms;
import org.corporateparenting.web.PageController;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Officers' pages for consultations: the list, each consultation with its survey questions, anonymous links,
 * results and raw responses, and the findings drawn from it.
 */
@PageController
@RequestMapping("/councils/{council}")
class ConsultationPages {

	private final ForumManagement forums;

	private final ConsultationManagement consultations;

	private final SurveyResults results;

	private final FindingManagement findings;

	private final RecordHistory history;

	private final ConsultationExports exports;

	private final ObjectProvider<KnownContacts> contacts;

	ConsultationPages(ForumManagement forums, ConsultationManagement consultations, SurveyResults results,
			FindingManagement findings, RecordHistory history, ConsultationExports exports,
			ObjectProvider<KnownContacts> contacts) {
		this.forums = forums;
		this.consultations = consultations;
		this.results = results;
		this.findings = findings;
		this.history = history;
		this.exports = exports;
		this.contacts = contacts;
	}

	@GetMapping("/consultations")
	String consultations(Model model, Authentication caller) {
		return consultations(model, caller, FormErrors.none(), Map.of());
	}

	private String consultations(Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		model.addAttribute("consultations", consultations.consultations());
		model.addAttribute("forumChoices", forumChoices());
		model.addAttribute("knownContacts", knownContacts(caller));
		return ConsultationPageSupport.page(model, caller, errors, form, "consultation/consultations");
	}

	@PostMapping("/consultations")
	@PreAuthorize(Access.EDIT)
	String create(@PathVariable String council, ConsultationForm form, Model model, Authentication caller,
			RedirectAttributes redirect) {
		return Forms.submit(() -> {
			ConsultationView created = consultations.create(form.toRequest());
			redirect.addFlashAttribute("notice", "The consultation has been added");
			return "redirect:/councils/" + council + "/consultations/" + created.id();
		}, errors -> consultations(model, caller, errors, form.fields()), "topic");
	}

	@GetMapping("/consultations/{id}")
	String consultation(@PathVariable long id, Model model, Authentication caller) {
		return consultation(id, model, caller, FormErrors.none(), Map.of());
	}

	private String consultation(long id, Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		model.addAttribute("consultation", consultations.consultation(id));
		model.addAttribute("questions", consultations.questions(id));
		model.addAttribute("links", CouncilPermissions.of(caller).edit() ? consultations.links(id) : List.of());
		model.addAttribute("siteAddress",
				org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
		model.addAttribute("findings", findings.findings(id));
		model.addAttribute("history", history.of(Consultation.class, id));
		model.addAttribute("forumChoices", forumChoices());
		model.addAttribute("knownContacts", knownContacts(caller));
		return ConsultationPageSupport.page(model, caller, errors, form, "consultation/consultation");
	}

	@PostMapping("/consultations/{id}")
	@PreAuthorize(Access.EDIT)
	String update(@PathVariable String council, @PathVariable long id, ConsultationForm form, Model model,
			Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			consultations.update(id, form.toRequest());
			redirect.addFlashAttribute("notice", "The consultation has been saved");
			return "redirect:/councils/" + council + "/consultations/" + id;
		}, errors -> consultation(id, model, caller, errors, form.fields()), "topic");
	}

	@PostMapping("/consultations/{id}/questions")
	@PreAuthorize(Access.EDIT)
	String ask(@PathVariable String council, @PathVariable long id, QuestionForm form, Model model,
			Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			consultations.ask(id, form.toRequest());
			redirect.addFlashAttribute("notice", "The question has been added");
			return "redirect:/councils/" + council + "/consultations/" + id + "#questions";
		}, errors -> consultation(id, model, caller, errors, form.fields()), "text");
	}

	@PostMapping("/consultations/{id}/questions/{questionId}/delete")
	@PreAuthorize(Access.EDIT)
	String removeQuestion(@PathVariable String council, @PathVariable long id, @PathVariable long questionId,
			Model model, Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			consultations.remove(questionId);
			redirect.addFlashAttribute("notice", "The question has been removed");
			return "redirect:/councils/" + council + "/consultations/" + id + "#questions";
		}, errors -> consultation(id, model, caller, errors, Map.of()), "text");
	}

	@PostMapping("/consultations/{id}/links")
	@PreAuthorize(Access.EDIT)
	String openLink(@PathVariable String council, @PathVariable long id, LinkForm form, Model model,
			Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			consultations.open(id, form.toRequest());
			redirect.addFlashAttribute("notice", "A new link to the survey is open");
			return "redirect:/councils/" + council + "/consultations/" + id + "#links";
		}, errors -> consultation(id, model, caller, ConsultationPageSupport.rename(errors, "closesOn", "linkClosesOn"),
				form.fields()), "label");
	}

	@PostMapping("/consultations/{id}/links/{linkId}/close")
	@PreAuthorize(Access.EDIT)
	String closeLink(@PathVariable String council, @PathVariable long id, @PathVariable long linkId,
			RedirectAttributes redirect) {
		consultations.close(linkId);
		redirect.addFlashAttribute("notice", "The link has been closed");
		return "redirect:/councils/" + council + "/consultations/" + id + "#links";
	}

	@PostMapping("/consultations/{id}/findings")
	@PreAuthorize(Access.EDIT)
	String recordFinding(@PathVariable String council, @PathVariable long id, FindingForm form, Model model,
			Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			var finding = findings.record(id, form.toRequest());
			redirect.addFlashAttribute("notice", "The finding has been recorded");
			return "redirect:/councils/" + council + "/findings/" + finding.id();
		}, errors -> consultation(id, model, caller, errors, form.fields()), "theme");
	}

	@GetMapping("/consultations/{id}/results")
	String results(@PathVariable long id, Model model, Authentication caller) {
		model.addAttribute("consultation", consultations.consultation(id));
		model.addAttribute("results", results.of(id, CouncilPermissions.of(caller).edit()));
		return ConsultationPageSupport.page(model, caller, FormErrors.none(), Map.of(), "consultation/results");
	}

	@GetMapping("/consultations/{id}/results.csv")
	ResponseEntity<byte[]> resultsCsv(@PathVariable String council, @PathVariable long id) {
		return exports.resultsCsv(council, id);
	}

	@GetMapping("/consultations/{id}/responses")
	@PreAuthorize(Access.EDIT)
	String responses(@PathVariable long id, Model model, Authentication caller) {
		model.addAttribute("consultation", consultations.consultation(id));
		model.addAttribute("questions", consultations.questions(id));
		model.addAttribute("responses", results.raw(id));
		return ConsultationPageSupport.page(model, caller, FormErrors.none(), Map.of(), "consultation/responses");
	}

	/** The addresses offered for a consultation's contact, to those who may fill its form in. */
	private List<Recipient> knownContacts(Authentication caller) {
		return CouncilPermissions.of(caller).edit() ? contacts.getIfAvailable(KnownContacts::none).known() : List.of();
	}

	private List<Choice> forumChoices() {
		return forums.forums().stream().map(forum -> new Choice("" + forum.id(), forum.name())).toList();
	}
}
