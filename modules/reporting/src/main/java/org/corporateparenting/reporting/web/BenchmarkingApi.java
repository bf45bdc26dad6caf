package org.corporateparenting.reporting.web;

import java.util.List;
import java.util.Set;

import org.corporateparenting.reporting.application.NeighbourComparison;
import org.corporateparenting.reporting.application.Publication;
import org.corporateparenting.web.Access;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A council compared with its statistical neighbours, its region and England, and what it shares for that. */
@RestController
@RequestMapping("/api/councils/{council}/benchmarking")
@Tag(name = "Reporting")
class BenchmarkingApi {

	private final NeighbourComparison comparison;

	private final Publication publication;

	private final ReportingExports exports;

	BenchmarkingApi(NeighbourComparison comparison, Publication publication, ReportingExports exports) {
		this.comparison = comparison;
		this.publication = publication;
		this.exports = exports;
	}

	@GetMapping
	@Operation(summary = "The council beside its statistical neighbours, its region and England for a period (the latest "
			+ "year when none is given), with its rank and quartile; suppressed figures as c, derived ones left out")
	NeighbourComparison.Benchmarks benchmarks(@RequestParam(required = false) @Nullable String period) {
		return comparison.compare(period);
	}

	@GetMapping("/export.csv")
	@Operation(summary = "The comparison with the statistical neighbours as CSV, with the symbols' legend")
	ResponseEntity<byte[]> csv(@PathVariable String council, @RequestParam(required = false) @Nullable String period) {
		return exports.benchmarks(council, comparison.compare(period), false);
	}

	@GetMapping("/export.xlsx")
	@Operation(summary = "The comparison with the statistical neighbours as a spreadsheet, with the symbols' legend")
	ResponseEntity<byte[]> xlsx(@PathVariable String council, @RequestParam(required = false) @Nullable String period) {
		return exports.benchmarks(council, comparison.compare(period), true);
	}

	@GetMapping("/sharing")
	@Operation(summary = "The national indicators the council shares for benchmarking")
	Set<String> sharing() {
		return publication.benchmarking();
	}

	@PutMapping("/sharing")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Choose the national indicators the council shares for benchmarking; sent when a period is finalised")
	Set<String> share(@RequestBody SharingApi.SharingRequest request) {
		return publication.shareForBenchmarking(request.indicators() == null ? List.of() : request.indicators());
	}
}
