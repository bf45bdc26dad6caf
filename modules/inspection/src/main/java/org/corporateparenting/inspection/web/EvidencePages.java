package org.corporateparenting.inspection.web;

import java.util.Map;

import org.corporateparenting.inspection.EvidenceKind;
import org.corporateparenting.inspection.JudgementArea;
import org.corporateparenting.inspection.application.EvidenceItem;
import org.corporateparenting.inspection.application.EvidenceMapping;
import org.corporateparenting.inspection.domain.EvidenceLink;
import org.corporateparenting.inspection.web.InspectionForms.LinkForm;
import org.corporateparenting.inspection.web.InspectionForms.NewLinkForm;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.Choice;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.FormValues;
import org.corporateparenting.web.Forms;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The evidence board for the council: each judgement area with its evidence and the evidence's latest status, the
 * form that links a record to an area, and a link's own page with its note and history.
 */
@PageController
@RequestMapping("/councils/{council}/inspection")
@PreAuthorize(Access.READ_COUNCIL_WIDE)
class EvidencePages {

	private final EvidenceMapping evidence;

	private final RecordHistory history;

	EvidencePages(EvidenceMapping evidence, RecordHistory history) {
		this.evidence = evidence;
		this.history = history;
	}

	@GetMapping
	String board(Model model) {
		model.addAttribute("areas", evidence.board());
		return "inspection/evidence";
	}

	@GetMapping("/evidence-links/new")
	@PreAuthorize(Access.EDIT)
	String newLink(Model model) {
		return newLink(model, FormErrors.none(), Map.of());
	}

	private String newLink(Model model, FormErrors errors, Map<String, ?> form) {
		// The records to choose from are read here only, not on the board.
		model.addAttribute("records", evidence.choices());
		model.addAttribute("areaChoices", Choice.of(JudgementArea.class));
		model.addAttribute("kinds", EvidenceKind.values());
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		return "inspection/new-link";
	}

	@PostMapping("/evidence-links")
	@PreAuthorize(Access.EDIT)
	String create(@PathVariable String council, NewLinkForm form, Model model, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			try {
				evidence.create(form.toRequest());
			}
			catch (InvalidInputException ex) {
				// The page chooses the kind with the record: a problem with either is the choice's.
				throw new InvalidInputException(ex.problems()
					.stream()
					.map(problem -> problem.field().equals("kind") || problem.field().equals("reference")
							? new FieldProblem("record", problem.message()) : problem)
					.distinct()
					.toList());
			}
			redirect.addFlashAttribute("notice", "The evidence has been linked");
			return "redirect:/councils/" + council + "/inspection";
		}, errors -> newLink(model, errors, form.fields()), "record");
	}

	@GetMapping("/evidence-links/{id}")
	String link(@PathVariable long id, Model model) {
		return link(id, model, FormErrors.none(), Map.of());
	}

	private String link(long id, Model model, FormErrors errors, Map<String, ?> form) {
		EvidenceItem item = evidence.item(id);
		model.addAttribute("item", item);
		model.addAttribute("areaChoices", Choice.of(JudgementArea.class));
		model.addAttribute("history", history.of(EvidenceLink.class, id));
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		return "inspection/link";
	}

	@PostMapping("/evidence-links/{id}")
	@PreAuthorize(Access.EDIT)
	String update(@PathVariable String council, @PathVariable long id, LinkForm form, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(() -> {
			EvidenceLink link = evidence.link(id);
			evidence.update(id, form.toRequest(link.getKind(), link.getReference()));
			redirect.addFlashAttribute("notice", "The evidence has been saved");
			return "redirect:/councils/" + council + "/inspection/evidence-links/" + id;
		}, errors -> link(id, model, errors, form.fields()), "note");
	}

	@PostMapping("/evidence-links/{id}/removal")
	@PreAuthorize(Access.EDIT)
	String remove(@PathVariable String council, @PathVariable long id, @RequestParam(required = false) String version,
			Model model, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			evidence.remove(id, FormValues.version(version));
			redirect.addFlashAttribute("notice", "The evidence has been unlinked");
			return "redirect:/councils/" + council + "/inspection";
		}, errors -> link(id, model, errors, Map.of()), "note");
	}
}
