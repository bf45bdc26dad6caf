package org.corporateparenting.reporting.web;

import java.util.List;

import org.corporateparenting.consultation.WellbeingVersion;
import org.corporateparenting.reporting.application.WellbeingChart;
import org.corporateparenting.reporting.application.WellbeingComparison;
import org.corporateparenting.web.Choice;
import org.corporateparenting.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The council's well-being results beside the average of the councils taking part: charts, tables, a download. */
@PageController
@RequestMapping("/councils/{council}/wellbeing/comparison")
class WellbeingComparisonPages {

	private final WellbeingComparison comparison;

	private final WellbeingExports exports;

	WellbeingComparisonPages(WellbeingComparison comparison, WellbeingExports exports) {
		this.comparison = comparison;
		this.exports = exports;
	}

	@GetMapping
	String comparison(@RequestParam(required = false) @Nullable WellbeingVersion version,
			@RequestParam(required = false) @Nullable Integer year, Model model) {
		WellbeingComparison.Comparison compared = comparison.compare(version, year);
		model.addAttribute("comparison", compared);
		model.addAttribute("versions", Choice.of(WellbeingVersion.class));
		if (compared.year() != null) {
			String title = compared.versionLabel() + ", " + compared.year();
			model.addAttribute("domainChart", WellbeingChart.svg(title + ": the council and the average by domain",
					compared.domains(), compared.domains().stream().map(WellbeingComparison.Item::label).toList()));
			List<WellbeingComparison.Item> questions = compared.questions();
			model.addAttribute("questionChart", WellbeingChart.svg(
					title + ": the council and the average by question", questions,
					questions.stream().map(item -> item.domain().label() + " " + item.key().substring(item.key().length() - 1)).toList()));
		}
		return "reporting/wellbeing-comparison";
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> export(@PathVariable String council,
			@RequestParam(required = false) @Nullable WellbeingVersion version,
			@RequestParam(required = false) @Nullable Integer year) {
		return exports.comparison(council, comparison.compare(version, year));
	}
}
