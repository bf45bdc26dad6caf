package org.corporateparenting.reporting.web;

import java.security.Principal;
import java.util.HashMap;
import java.util.Map;

import org.corporateparenting.reporting.Period;
import org.corporateparenting.reporting.application.BoardPackDocument;
import org.corporateparenting.reporting.application.BoardPackDrafts;
import org.corporateparenting.reporting.application.BoardPackGeneration;
import org.corporateparenting.reporting.domain.BoardPack;
import org.corporateparenting.reporting.web.ReportingForms.BoardPackForm;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.Downloads;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.Forms;
import org.corporateparenting.web.PageController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * Board packs: the list, a new pack for a period and a meeting, the draft's narrative sections, the HTML preview of
 * the whole report, and its PDF, generated in the background while the page shows how far it has got.
 */
@PageController
@RequestMapping("/councils/{council}/board-packs")
class BoardPackPages {

	private final BoardPackDrafts packs;

	private final BoardPackDocument document;

	private final BoardPackGeneration generation;

	private final RecordHistory history;

	private final java.time.Clock clock;

	BoardPackPages(BoardPackDrafts packs, BoardPackDocument document, BoardPackGeneration generation,
			RecordHistory history, java.time.Clock clock) {
		this.packs = packs;
		this.document = document;
		this.generation = generation;
		this.history = history;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model, Authentication caller) {
		return list(page, model, caller, FormErrors.none(), defaults());
	}

	private String list(int page, Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		model.addAttribute("packs", packs.list(page, 20));
		return ReportingPageSupport.page(model, caller, errors, form, "reporting/board-packs");
	}

	/** A new pack starts on the last quarter that has ended, for the board. */
	private Map<String, Object> defaults() {
		Period lastQuarter = Period.quarterOf(java.time.LocalDate.now(clock).minusMonths(3));
		Map<String, Object> form = new HashMap<>();
		form.put("period", lastQuarter.toString());
		form.put("title", "Corporate parenting performance report, " + lastQuarter);
		form.put("meetingBody", "Corporate Parenting Board");
		return form;
	}

	@PostMapping
	@PreAuthorize(Access.EDIT)
	String create(@PathVariable String council, BoardPackForm form, Model model, Authentication caller,
			Principal author, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			BoardPackDrafts.Summary created = packs.create(form.toRequest(), author.getName());
			redirect.addFlashAttribute("notice", "The board pack has been started");
			return "redirect:/councils/" + council + "/board-packs/" + created.id();
		}, errors -> list(0, model, caller, errors, form.fields()), "title");
	}

	@GetMapping("/{id}")
	String pack(@PathVariable long id, Model model, Authentication caller) {
		BoardPack pack = packs.pack(id);
		return pack(id, model, caller, FormErrors.none(), form(pack));
	}

	private String pack(long id, Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		model.addAttribute("pack", packs.summary(id));
		model.addAttribute("history", history.of(BoardPack.class, id));
		return ReportingPageSupport.page(model, caller, errors, form, "reporting/board-pack");
	}

	@PostMapping("/{id}")
	@PreAuthorize(Access.EDIT)
	String save(@PathVariable String council, @PathVariable long id, BoardPackForm form, Model model,
			Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			packs.save(id, form.toRequest());
			redirect.addFlashAttribute("notice", "The draft has been saved");
			return "redirect:/councils/" + council + "/board-packs/" + id;
		}, errors -> pack(id, model, caller, errors, form.fields()), "title");
	}

	@GetMapping("/{id}/preview")
	String preview(@PathVariable long id, Model model) {
		model.addAttribute("pack", document.assemble(id));
		model.addAttribute("print", false);
		return BoardPackGeneration.TEMPLATE;
	}

	@PostMapping("/{id}/pdf")
	@PreAuthorize(Access.APPROVE)
	String generate(@PathVariable String council, @PathVariable long id, Principal author) {
		generation.start(id, author.getName());
		return "redirect:/councils/" + council + "/board-packs/" + id + "#pdf";
	}

	/** The progress panel alone, which the page polls (htmx) while a generation is under way. */
	@GetMapping("/{id}/progress")
	String progress(@PathVariable long id, Model model) {
		model.addAttribute("pack", packs.summary(id));
		return "reporting/board-pack :: progress";
	}

	@GetMapping("/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String council, @PathVariable long id) {
		BoardPack pack = packs.pack(id);
		return Downloads.attachment(generation.pdf(id), MediaType.APPLICATION_PDF,
				council + "-" + Downloads.slug(pack.getTitle()) + ".pdf");
	}

	private static Map<String, Object> form(BoardPack pack) {
		BoardPack.Draft draft = pack.draft();
		Map<String, Object> form = new HashMap<>();
		form.put("title", draft.title());
		form.put("period", draft.period().toString());
		form.put("meetingBody", draft.meetingBody());
		form.put("meetingDate", draft.meetingDate().toString());
		form.put("executiveSummary", draft.executiveSummary());
		form.put("reason", draft.reason());
		form.put("recommendations", draft.recommendations());
		form.put("backgroundPapers", draft.backgroundPapers());
		form.put("resourceLegal", draft.resourceLegal());
		form.put("councilPlan", draft.councilPlan());
		form.put("citizenImpact", draft.citizenImpact());
		form.put("performanceManagement", draft.performanceManagement());
		form.put("reducingInequalities", draft.reducingInequalities());
		form.put("consultation", draft.consultation());
		form.put("contactOfficer", draft.contactOfficer());
		form.put("version", "" + pack.getVersion());
		return form;
	}

}
