package org.corporateparenting.reporting.web;

import java.security.Principal;
import java.util.HashMap;
import java.util.Map;

import org.corporateparenting.reporting.application.AnnualReporting;
import org.corporateparenting.reporting.domain.AnnualReport;
import org.corporateparenting.reporting.web.ReportingForms.AnnualReportForm;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.FormValues;
import org.corporateparenting.web.Forms;
import org.corporateparenting.web.PageController;
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
 * The board's annual reports, in the board packs section: the list and a new report for a year; a report's page with
 * its words to write, finalising and new versions, and its history; the report itself as a page and a PDF.
 */
@PageController
@RequestMapping("/councils/{council}/annual-reports")
@PreAuthorize(Access.READ_COUNCIL_WIDE)
class AnnualReportPages {

	private final AnnualReporting reports;

	private final AnnualReportExports exports;

	private final RecordHistory history;

	AnnualReportPages(AnnualReporting reports, AnnualReportExports exports, RecordHistory history) {
		this.reports = reports;
		this.exports = exports;
		this.history = history;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model, Authentication caller) {
		String year = reports.defaultYear().toString();
		return list(page, model, caller, FormErrors.none(),
				Map.of("year", year, "title", "Corporate Parenting Board annual report " + year));
	}

	private String list(int page, Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		model.addAttribute("reports", reports.list(page, 20));
		return ReportingPageSupport.page(model, caller, errors, form, "reporting/annual-reports");
	}

	@PostMapping
	@PreAuthorize(Access.EDIT)
	String create(@PathVariable String council, AnnualReportForm form, Model model, Authentication caller,
			Principal author, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			AnnualReporting.Summary created = reports.create(form.toRequest(), author.getName());
			redirect.addFlashAttribute("notice", "The annual report has been started");
			return "redirect:/councils/" + council + "/annual-reports/" + created.id();
		}, errors -> list(0, model, caller, errors, form.fields()), "year");
	}

	@GetMapping("/{id}")
	String report(@PathVariable long id, Model model, Authentication caller) {
		return report(id, model, caller, FormErrors.none(), form(reports.report(id)));
	}

	private String report(long id, Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		AnnualReport report = reports.report(id);
		model.addAttribute("report", report);
		model.addAttribute("history", history.of(AnnualReport.class, id));
		return ReportingPageSupport.page(model, caller, errors, form, "reporting/annual-report");
	}

	@PostMapping("/{id}")
	@PreAuthorize(Access.EDIT)
	String save(@PathVariable String council, @PathVariable long id, AnnualReportForm form, Model model,
			Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			reports.save(id, form.toRequest());
			redirect.addFlashAttribute("notice", "The report has been saved");
			return "redirect:/councils/" + council + "/annual-reports/" + id;
		}, errors -> report(id, model, caller, errors, form.fields()), "title");
	}

	@PostMapping("/{id}/finalise")
	@PreAuthorize(Access.EDIT)
	String finalise(@PathVariable String council, @PathVariable long id, AnnualReportForm form, Model model,
			Authentication caller, Principal author, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			reports.finalise(id, FormValues.version(form.version()), author.getName());
			redirect.addFlashAttribute("notice", "The report has been finalised: its words and figures are frozen");
			return "redirect:/councils/" + council + "/annual-reports/" + id;
		}, errors -> report(id, model, caller, errors, form(reports.report(id))), "title");
	}

	@PostMapping("/{id}/next-version")
	@PreAuthorize(Access.EDIT)
	String nextVersion(@PathVariable String council, @PathVariable long id, Model model, Authentication caller,
			Principal author, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			AnnualReporting.Summary next = reports.nextVersion(id, author.getName());
			redirect.addFlashAttribute("notice", "A new version of the report has been started from its words");
			return "redirect:/councils/" + council + "/annual-reports/" + next.id();
		}, errors -> report(id, model, caller, errors, form(reports.report(id))), "title");
	}

	/** The report itself, as it is printed: the same template as the PDF. */
	@GetMapping("/{id}/report")
	String document(@PathVariable long id, Model model) {
		model.addAttribute("report", reports.read(id));
		model.addAttribute("print", false);
		return AnnualReportExports.TEMPLATE;
	}

	@GetMapping("/{id}/export.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String council, @PathVariable long id) {
		return exports.pdf(council, id);
	}

	private static Map<String, Object> form(AnnualReport report) {
		AnnualReport.Narrative narrative = report.narrative();
		Map<String, Object> form = new HashMap<>();
		form.put("title", narrative.title());
		form.put("chairsForeword", narrative.chairsForeword());
		form.put("achievements", narrative.achievements());
		form.put("challenges", narrative.challenges());
		form.put("nextYearPriorities", narrative.nextYearPriorities());
		form.put("version", "" + report.getVersion());
		return form;
	}
}
