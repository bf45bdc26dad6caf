package org.corporateparenting.reporting.web;

import java.security.Principal;
import java.util.List;

import org.corporateparenting.reporting.application.AnnualReportRequest;
import org.corporateparenting.reporting.application.AnnualReporting;
import org.corporateparenting.reporting.domain.AnnualReport;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.ApiAddresses;
import org.corporateparenting.web.PageResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The board's annual reports: written by officers, read by everyone in the council but partners, finalised (frozen)
 * and corrected by new versions; the figures drawn from the live records, and the report as a tagged PDF.
 */
@RestController
@RequestMapping("/api/councils/{council}/annual-reports")
@PreAuthorize(Access.READ_COUNCIL_WIDE)
@Tag(name = "Reporting")
class AnnualReportsApi {

	private final AnnualReporting reports;

	private final AnnualReportExports exports;

	private final RecordHistory history;

	AnnualReportsApi(AnnualReporting reports, AnnualReportExports exports, RecordHistory history) {
		this.reports = reports;
		this.exports = exports;
		this.history = history;
	}

	@GetMapping
	PageResponse<AnnualReporting.Summary> annualReports(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return reports.list(page, size);
	}

	@PostMapping
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Start the board's annual report for a reporting year (April to March), such as 2025-26")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<AnnualReporting.Summary> createAnnualReport(@PathVariable String council,
			@RequestBody AnnualReportRequest request, Principal author) {
		AnnualReporting.Summary created = reports.create(request, author.getName());
		return ResponseEntity.created(ApiAddresses.of(council, "/annual-reports/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@Operation(summary = "The report with its figures: live for a draft, as they stood when it was finalised")
	AnnualReporting.Report annualReport(@PathVariable long id) {
		return reports.read(id);
	}

	@PutMapping("/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Save a draft's words; give the version you read. A finalised report cannot change (409)")
	AnnualReporting.Summary saveAnnualReport(@PathVariable long id, @RequestBody AnnualReportRequest request) {
		return reports.save(id, request);
	}

	@PostMapping("/{id}/finalise")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Finalise the report: its words and its figures as they stand now are frozen")
	AnnualReporting.Summary finaliseAnnualReport(@PathVariable long id,
			@RequestBody(required = false) @Nullable FinaliseRequest request, Principal author) {
		return reports.finalise(id, request == null ? null : request.version(), author.getName());
	}

	@PostMapping("/{id}/next-version")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Start a new version of a finalised report, for the same year, from its words")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<AnnualReporting.Summary> nextAnnualReportVersion(@PathVariable String council,
			@PathVariable long id, Principal author) {
		AnnualReporting.Summary created = reports.nextVersion(id, author.getName());
		return ResponseEntity.created(ApiAddresses.of(council, "/annual-reports/" + created.id())).body(created);
	}

	@GetMapping("/{id}/history")
	List<RecordHistory.Change> annualReportHistory(@PathVariable long id) {
		reports.report(id);
		return history.of(AnnualReport.class, id);
	}

	@GetMapping("/{id}/export.pdf")
	@Operation(summary = "The report as a tagged (PDF/UA) PDF")
	ResponseEntity<byte[]> annualReportPdf(@PathVariable String council, @PathVariable long id) {
		return exports.pdf(council, id);
	}

	/** @param version the version read */
	@Schema(name = "AnnualReportFinaliseRequest")
	record FinaliseRequest(@Nullable Long version) {
	}
}
