package org.corporateparenting.reporting.web;

import org.corporateparenting.consultation.WellbeingVersion;
import org.corporateparenting.reporting.application.WellbeingComparison;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A council's well-being survey results beside the average of the councils taking part. */
@RestController
@RequestMapping("/api/councils/{council}/wellbeing/comparison")
@Tag(name = "Reporting")
class WellbeingComparisonApi {

	private final WellbeingComparison comparison;

	private final WellbeingExports exports;

	WellbeingComparisonApi(WellbeingComparison comparison, WellbeingExports exports) {
		this.comparison = comparison;
		this.exports = exports;
	}

	@GetMapping
	@Operation(summary = "The council's well-being results by domain and question beside the average of the councils "
			+ "taking part, for a version and the year its surveys closed (the latest when none is given); only for a "
			+ "council that takes part; suppressed figures as c, the average left out when one it comes from is")
	WellbeingComparison.Comparison comparison(@RequestParam(required = false) @Nullable WellbeingVersion version,
			@RequestParam(required = false) @Nullable Integer year) {
		return comparison.compare(version, year);
	}

	@GetMapping("/export.xlsx")
	@Operation(summary = "The well-being comparison as an XLSX workbook, with the symbols' legend")
	ResponseEntity<byte[]> export(@PathVariable String council,
			@RequestParam(required = false) @Nullable WellbeingVersion version,
			@RequestParam(required = false) @Nullable Integer year) {
		return exports.comparison(council, comparison.compare(version, year));
	}
}
