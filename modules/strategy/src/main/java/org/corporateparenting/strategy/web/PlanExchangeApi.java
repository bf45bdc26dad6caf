package org.corporateparenting.strategy.web;

import java.security.Principal;
import java.util.Map;

import org.corporateparenting.strategy.application.ProgressImport;
import org.corporateparenting.web.Access;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** An action plan as CSV or XLSX, and progress updates imported back from such a file. */
@RestController
@RequestMapping("/api/councils/{council}/action-plans/{planId}")
@Tag(name = "Strategy: exports and imports")
class PlanExchangeApi {

	private final PlanExchange exchange;

	private final ProgressImport progressImport;

	PlanExchangeApi(PlanExchange exchange, ProgressImport progressImport) {
		this.exchange = exchange;
		this.progressImport = progressImport;
	}

	@GetMapping("/export.csv")
	@Operation(summary = "The plan's actions as CSV, with empty progress columns to fill in and import back")
	ResponseEntity<byte[]> csv(@PathVariable String council, @PathVariable long planId) {
		return exchange.csv(council, planId);
	}

	@GetMapping("/export.xlsx")
	@Operation(summary = "The plan's actions as a spreadsheet, with empty progress columns")
	ResponseEntity<byte[]> xlsx(@PathVariable String council, @PathVariable long planId) {
		return exchange.xlsx(council, planId);
	}

	@PostMapping(path = "/progress-import/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Check a CSV or XLSX of progress updates: every row's problems, nothing recorded")
	ProgressImport.Preview preview(@PathVariable long planId, @RequestParam(required = false) MultipartFile file) {
		return progressImport.preview(planId, exchange.rows(file));
	}

	@PostMapping(path = "/progress-import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Record a CSV or XLSX of progress updates: all rows, or none when any row has a problem")
	Map<String, Integer> apply(@PathVariable long planId, @RequestParam(required = false) MultipartFile file,
			Principal author) {
		return Map.of("recorded", progressImport.apply(planId, exchange.rows(file), author.getName()));
	}
}
