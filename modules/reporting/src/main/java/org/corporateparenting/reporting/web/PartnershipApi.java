package org.corporateparenting.reporting.web;

import java.util.List;

import org.corporateparenting.reporting.application.PartnershipComparison;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A partnership's comparisons, for its analysts and its member councils' people: only what councils published,
 * small numbers shown as {@code c}. Anyone else gets 404 (the security filter sees to it before this runs).
 */
@RestController
@RequestMapping("/api/partnerships/{partnership}")
@Tag(name = "Partnerships")
class PartnershipApi {

	private final PartnershipComparison comparison;

	private final ReportingExports exports;

	PartnershipApi(PartnershipComparison comparison, ReportingExports exports) {
		this.comparison = comparison;
		this.exports = exports;
	}

	@GetMapping("/comparison")
	@Operation(summary = "Councils side by side per shared indicator for a period (the latest year when none is given), "
			+ "with the partnership average, quartile bands and England, and delivery progress by theme")
	PartnershipComparison.Overview overview(@PathVariable String partnership,
			@RequestParam(required = false) @Nullable String period) {
		return comparison.overview(partnership, period);
	}

	@GetMapping("/periods")
	List<String> periods(@PathVariable String partnership) {
		return comparison.periods(partnership).stream().map(Object::toString).toList();
	}

	@GetMapping("/indicators/{code}/trend")
	@Operation(summary = "One indicator over every period published, council by council")
	PartnershipComparison.Trend trend(@PathVariable String partnership, @PathVariable String code) {
		return comparison.trend(partnership, code);
	}

	@GetMapping("/comparison.csv")
	ResponseEntity<byte[]> csv(@PathVariable String partnership, @RequestParam(required = false) @Nullable String period) {
		return exports.comparison(comparison.overview(partnership, period), false);
	}

	@GetMapping("/comparison.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String partnership,
			@RequestParam(required = false) @Nullable String period) {
		return exports.comparison(comparison.overview(partnership, period), true);
	}
}
