package org.corporateparenting.reporting.web;

import java.util.List;
import java.util.Map;

import org.corporateparenting.reporting.application.IndicatorCatalogue;
import org.corporateparenting.reporting.application.NeighbourComparison;
import org.corporateparenting.reporting.application.Publication;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.Forms;
import org.corporateparenting.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The council beside its statistical neighbours, region and England, and what it shares for benchmarking. */
@PageController
@RequestMapping("/councils/{council}/benchmarking")
class BenchmarkingPages {

	private final NeighbourComparison comparison;

	private final Publication publication;

	private final IndicatorCatalogue catalogue;

	private final ReportingExports exports;

	BenchmarkingPages(NeighbourComparison comparison, Publication publication, IndicatorCatalogue catalogue,
			ReportingExports exports) {
		this.comparison = comparison;
		this.publication = publication;
		this.catalogue = catalogue;
		this.exports = exports;
	}

	@GetMapping
	String benchmarks(@RequestParam(required = false) @Nullable String period, Model model, Authentication caller) {
		return page(period, model, caller, FormErrors.none());
	}

	private String page(@Nullable String period, Model model, Authentication caller, FormErrors errors) {
		model.addAttribute("benchmarks", comparison.compare(period));
		model.addAttribute("shared", publication.benchmarking());
		model.addAttribute("national", catalogue.national());
		return ReportingPageSupport.page(model, caller, errors, Map.of(), "reporting/benchmarking");
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> csv(@PathVariable String council, @RequestParam(required = false) @Nullable String period) {
		return exports.benchmarks(council, comparison.compare(period), false);
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String council, @RequestParam(required = false) @Nullable String period) {
		return exports.benchmarks(council, comparison.compare(period), true);
	}

	@PostMapping("/sharing")
	@PreAuthorize(Access.EDIT)
	String share(@PathVariable String council, @RequestParam MultiValueMap<String, String> params, Model model,
			Authentication caller, RedirectAttributes redirect) {
		List<String> codes = params.getOrDefault("indicators", List.of());
		return Forms.submit(() -> {
			publication.shareForBenchmarking(codes);
			redirect.addFlashAttribute("notice", "What the council shares for benchmarking has been saved");
			return "redirect:/councils/" + council + "/benchmarking";
		}, errors -> page(null, model, caller, errors), "indicators");
	}
}
