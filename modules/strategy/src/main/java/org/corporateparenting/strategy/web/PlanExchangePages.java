package org.corporateparenting.strategy.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import org.corporateparenting.strategy.application.ProgressImport;
import org.corporateparenting.strategy.application.StrategyPlanning;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.PageController;
import org.corporateparenting.web.Spreadsheets;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Downloading an action plan from its page, and uploading progress: the upload is previewed row by row, and the
 * preview carries the rows it checked, so what is recorded is exactly what was shown.
 */
@PageController
@RequestMapping("/councils/{council}/action-plans/{planId}")
class PlanExchangePages {

	private final PlanExchange exchange;

	private final ProgressImport progressImport;

	private final StrategyPlanning planning;

	PlanExchangePages(PlanExchange exchange, ProgressImport progressImport, StrategyPlanning planning) {
		this.exchange = exchange;
		this.progressImport = progressImport;
		this.planning = planning;
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> csv(@PathVariable String council, @PathVariable long planId) {
		return exchange.csv(council, planId);
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String council, @PathVariable long planId) {
		return exchange.xlsx(council, planId);
	}

	@PostMapping("/progress-import")
	@PreAuthorize(Access.EDIT)
	String preview(@PathVariable long planId, @RequestParam(required = false) MultipartFile file, Model model) {
		model.addAttribute("plan", planning.plan(planId));
		try {
			List<ProgressImport.Row> rows = exchange.rows(file);
			ProgressImport.Preview preview = progressImport.preview(planId, rows);
			model.addAttribute("preview", preview);
			// Not "content": the page layout takes a parameter of that name.
			model.addAttribute("checkedRows", new String(normalised(rows), StandardCharsets.UTF_8));
			model.addAttribute("errors", FormErrors.none());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", FormErrors.of(ex));
		}
		return "strategy/progress-import";
	}

	@PostMapping("/progress-import/apply")
	@PreAuthorize(Access.EDIT)
	String apply(@PathVariable String council, @PathVariable long planId, @RequestParam String checkedRows,
			Principal author, RedirectAttributes redirect) {
		List<ProgressImport.Row> rows = Spreadsheets
			.read("preview.csv", new ByteArrayInputStream(checkedRows.getBytes(StandardCharsets.UTF_8)))
			.stream()
			.map(row -> new ProgressImport.Row(row.number(), row.values()))
			.toList();
		int recorded = progressImport.apply(planId, rows, author.getName());
		redirect.addFlashAttribute("notice", recorded + " progress updates have been recorded");
		return "redirect:/councils/" + council + "/action-plans/" + planId;
	}

	/** The rows as a CSV in the import's own columns, to travel with the preview form. */
	private static byte[] normalised(List<ProgressImport.Row> rows) {
		List<String> headings = List.of(ProgressImport.REFERENCE, ProgressImport.DATE, ProgressImport.NARRATIVE,
				ProgressImport.EVIDENCE, ProgressImport.STATUS, ProgressImport.PERCENT, ProgressImport.DROP_REASON);
		List<List<String>> values = new ArrayList<>();
		for (ProgressImport.Row row : rows) {
			values.add(headings.stream().map(row::value).toList());
		}
		return Spreadsheets.csv(headings, values);
	}
}
