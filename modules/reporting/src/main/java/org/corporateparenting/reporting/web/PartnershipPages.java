package org.corporateparenting.reporting.web;

import java.util.Map;
import java.util.stream.Collectors;

import org.corporateparenting.reporting.application.ComparisonChart;
import org.corporateparenting.reporting.application.PartnershipComparison;
import org.corporateparenting.reporting.application.PartnershipTrendChart;
import org.corporateparenting.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A partnership's pages for its analysts and member councils' people: the councils side by side per shared
 * indicator, delivery progress by theme, and one indicator's trend council by council. Only what councils published.
 */
@PageController
@RequestMapping("/partnerships/{partnership}")
class PartnershipPages {

	private final PartnershipComparison comparison;

	private final ReportingExports exports;

	PartnershipPages(PartnershipComparison comparison, ReportingExports exports) {
		this.comparison = comparison;
		this.exports = exports;
	}

	@GetMapping
	String overview(@PathVariable String partnership, @RequestParam(required = false) @Nullable String period,
			Model model) {
		PartnershipComparison.Overview overview = comparison.overview(partnership, period);
		model.addAttribute("overview", overview);
		model.addAttribute("charts", overview.period() == null ? Map.of()
				: overview.comparisons()
					.stream()
					.collect(Collectors.toMap(compared -> compared.indicator().code(),
							compared -> ComparisonChart.svg(compared, overview.period().toString()))));
		return "reporting/partnership";
	}

	@GetMapping("/indicators/{code}")
	String trend(@PathVariable String partnership, @PathVariable String code, Model model) {
		PartnershipComparison.Trend trend = comparison.trend(partnership, code);
		model.addAttribute("trend", trend);
		model.addAttribute("chart", PartnershipTrendChart.svg(trend));
		return "reporting/partnership-indicator";
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
