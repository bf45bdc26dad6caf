package org.corporateparenting.inspection.web;

import java.util.Map;

import org.corporateparenting.inspection.application.SelfEvaluationDocument;
import org.corporateparenting.inspection.application.SelfEvaluationDrafting;
import org.corporateparenting.inspection.domain.SelfEvaluation;
import org.corporateparenting.inspection.web.InspectionForms.NarrativeForm;
import org.corporateparenting.inspection.web.InspectionForms.SaveForm;
import org.corporateparenting.inspection.web.InspectionForms.StartForm;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.Forms;
import org.corporateparenting.web.PageController;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The self-evaluation's pages: its versions by year, one version with each area's narrative and evidence (the
 * narrative written here while it is a draft), saving it, its next version, the printable page and the PDF.
 */
@PageController
@RequestMapping("/councils/{council}/inspection/self-evaluations")
@PreAuthorize(Access.READ_COUNCIL_WIDE)
class SelfEvaluationPages {

	private final SelfEvaluationDrafting drafting;

	private final RecordHistory history;

	private final SelfEvaluationExports exports;

	SelfEvaluationPages(SelfEvaluationDrafting drafting, RecordHistory history, SelfEvaluationExports exports) {
		this.drafting = drafting;
		this.history = history;
		this.exports = exports;
	}

	@GetMapping
	String list(Model model) {
		return list(model, FormErrors.none(), Map.of());
	}

	private String list(Model model, FormErrors errors, Map<String, ?> form) {
		model.addAttribute("selfEvaluations", drafting.all());
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		return "inspection/self-evaluations";
	}

	@PostMapping
	@PreAuthorize(Access.EDIT)
	String start(@PathVariable String council, StartForm form, Model model, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			SelfEvaluation started = drafting.start(form.toRequest());
			redirect.addFlashAttribute("notice", "The " + started.getYear()
					+ " self-evaluation has been started: write what you know about each area");
			return "redirect:/councils/" + council + "/inspection/self-evaluations/" + started.getId();
		}, errors -> list(model, errors, form.fields()), "year");
	}

	@GetMapping("/{id}")
	String selfEvaluation(@PathVariable long id, Model model) {
		return selfEvaluation(id, model, FormErrors.none(), Map.of());
	}

	private String selfEvaluation(long id, Model model, FormErrors errors, Map<String, ?> form) {
		SelfEvaluationDocument document = drafting.document(id);
		model.addAttribute("document", document);
		model.addAttribute("selfEvaluation", document.selfEvaluation());
		model.addAttribute("history", history.of(SelfEvaluation.class, id));
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		return "inspection/self-evaluation";
	}

	@PostMapping("/{id}")
	@PreAuthorize(Access.EDIT)
	String write(@PathVariable String council, @PathVariable long id, NarrativeForm form, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(() -> {
			drafting.write(id, form.toRequest());
			redirect.addFlashAttribute("notice", "The narrative has been saved to the draft");
			return "redirect:/councils/" + council + "/inspection/self-evaluations/" + id;
		}, errors -> selfEvaluation(id, model, errors, form.fields()), "childrenInCareQuality");
	}

	@PostMapping("/{id}/saving")
	@PreAuthorize(Access.EDIT)
	String save(@PathVariable String council, @PathVariable long id, SaveForm form, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(() -> {
			SelfEvaluation saved = drafting.save(id, form.toRequest());
			redirect.addFlashAttribute("notice", "Version " + saved.getEdition()
					+ " is saved and frozen with the evidence as it stands today");
			return "redirect:/councils/" + council + "/inspection/self-evaluations/" + id;
		}, errors -> selfEvaluation(id, model, errors, Map.of()), "status");
	}

	@PostMapping("/{id}/next-version")
	@PreAuthorize(Access.EDIT)
	String nextVersion(@PathVariable String council, @PathVariable long id, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(() -> {
			SelfEvaluation next = drafting.nextVersion(id);
			redirect.addFlashAttribute("notice", "Version " + next.getEdition()
					+ " is a draft, starting from the words of the version before");
			return "redirect:/councils/" + council + "/inspection/self-evaluations/" + next.getId();
		}, errors -> selfEvaluation(id, model, errors, Map.of()), "status");
	}

	@GetMapping(path = "/{id}/print", produces = "text/html")
	@ResponseBody
	String printable(@PathVariable String council, @PathVariable long id) {
		return exports.printable(council, drafting.document(id));
	}

	@GetMapping("/{id}/export.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String council, @PathVariable long id) {
		return exports.pdf(council, drafting.document(id));
	}
}
