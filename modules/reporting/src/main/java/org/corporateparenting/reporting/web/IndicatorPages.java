package org.corporateparenting.reporting.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.corporateparenting.reporting.application.Indicator;
import org.corporateparenting.reporting.application.IndicatorCatalogue;
import org.corporateparenting.reporting.application.IndicatorTiles;
import org.corporateparenting.reporting.application.MeasurementRecording;
import org.corporateparenting.reporting.application.MeasurementView;
import org.corporateparenting.reporting.application.TrendChart;
import org.corporateparenting.reporting.domain.Measurement;
import org.corporateparenting.reporting.web.ReportingForms.LocalIndicatorForm;
import org.corporateparenting.reporting.web.ReportingForms.MeasurementForm;
import org.corporateparenting.reporting.web.ReportingForms.TrackingForm;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.Choice;
import org.corporateparenting.web.FormErrors;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The council's indicators: the list, each with its trend, figures and targets, entering a figure, and the
 * council's own indicators added and changed.
 */
@PageController
@RequestMapping("/councils/{council}")
class IndicatorPages {

	private final IndicatorCatalogue catalogue;

	private final IndicatorTiles tiles;

	private final MeasurementRecording recording;

	private final RecordHistory history;

	private final ReportingExports exports;

	IndicatorPages(IndicatorCatalogue catalogue, IndicatorTiles tiles, MeasurementRecording recording,
			RecordHistory history, ReportingExports exports) {
		this.catalogue = catalogue;
		this.tiles = tiles;
		this.recording = recording;
		this.history = history;
		this.exports = exports;
	}

	@GetMapping("/indicators")
	String indicators(Model model, Authentication caller) {
		List<IndicatorTiles.Tile> followed = tiles.tiles();
		model.addAttribute("tiles", followed);
		model.addAttribute("catalogue", catalogue.all());
		model.addAttribute("trackedCodes", followed.stream().map(tile -> tile.indicator().code()).toList());
		return ReportingPageSupport.page(model, caller, FormErrors.none(), Map.of(), "reporting/indicators");
	}

	@GetMapping("/indicators.csv")
	ResponseEntity<byte[]> indicatorsCsv(@PathVariable String council) {
		return exports.measurements(council, List.of(), false);
	}

	@GetMapping("/indicators.xlsx")
	ResponseEntity<byte[]> indicatorsXlsx(@PathVariable String council) {
		return exports.measurements(council, List.of(), true);
	}

	@GetMapping("/indicators/{code}")
	String indicator(@PathVariable String code, Model model, Authentication caller) {
		return indicator(code, model, caller, FormErrors.none(), Map.of());
	}

	private String indicator(String code, Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		Indicator indicator = catalogue.get(code);
		List<MeasurementView> measurements = recording.history(code);
		model.addAttribute("indicator", indicator);
		model.addAttribute("chart", TrendChart.svg(indicator, measurements));
		model.addAttribute("measurements", measurements.reversed());
		model.addAttribute("tracked", catalogue.tracked()
			.stream()
			.filter(entry -> entry.indicator().code().equals(code))
			.findFirst()
			.orElse(null));
		model.addAttribute("priorityChoices", catalogue.priorityLabels()
			.entrySet()
			.stream()
			.map(entry -> new Choice("" + entry.getKey(), entry.getValue()))
			.toList());
		MeasurementView latest = measurements.isEmpty() ? null : measurements.get(measurements.size() - 1);
		model.addAttribute("latest", latest);
		model.addAttribute("changes", latest == null ? List.of() : history.of(Measurement.class, latest.id()));
		return ReportingPageSupport.page(model, caller, errors, form, "reporting/indicator");
	}

	@PostMapping("/indicators/{code}/measurements")
	@PreAuthorize(Access.EDIT)
	String record(@PathVariable String council, @PathVariable String code, MeasurementForm form, Model model,
			Authentication caller, Principal author, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			MeasurementView recorded = recording.record(code, form.toRequest(), author.getName());
			redirect.addFlashAttribute("notice", "The figures for " + recorded.period() + " have been recorded");
			return "redirect:/councils/" + council + "/indicators/" + code;
		}, errors -> indicator(code, model, caller, errors, form.fields()), "period");
	}

	@PostMapping("/indicators/{code}/tracking")
	@PreAuthorize(Access.EDIT)
	String track(@PathVariable String council, @PathVariable String code, TrackingForm form, Model model,
			Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			catalogue.track(code, form.toPriority());
			redirect.addFlashAttribute("notice", "The dashboard follows this indicator");
			return "redirect:/councils/" + council + "/indicators/" + code;
		}, errors -> indicator(code, model, caller, errors, form.fields()), "priority");
	}

	@PostMapping("/indicators/{code}/tracking/delete")
	@PreAuthorize(Access.EDIT)
	String untrack(@PathVariable String council, @PathVariable String code, RedirectAttributes redirect) {
		catalogue.untrack(code);
		redirect.addFlashAttribute("notice", "The dashboard no longer follows this indicator");
		return "redirect:/councils/" + council + "/indicators/" + code;
	}

	@GetMapping("/indicators/new")
	@PreAuthorize(Access.EDIT)
	String newIndicator(Model model, Authentication caller) {
		model.addAttribute("existing", null);
		return ReportingPageSupport.page(model, caller, FormErrors.none(), Map.of(), "reporting/local-indicator");
	}

	@PostMapping("/indicators")
	@PreAuthorize(Access.EDIT)
	String create(@PathVariable String council, LocalIndicatorForm form, Model model, Authentication caller,
			RedirectAttributes redirect) {
		return Forms.submit(() -> {
			Indicator created = catalogue.createLocal(form.toRequest());
			redirect.addFlashAttribute("notice", "The indicator " + created.code() + " has been added");
			return "redirect:/councils/" + council + "/indicators/" + created.code();
		}, errors -> {
			model.addAttribute("existing", null);
			return ReportingPageSupport.page(model, caller, errors, form.fields(), "reporting/local-indicator");
		}, "code");
	}

	@GetMapping("/indicators/{code}/edit")
	@PreAuthorize(Access.EDIT)
	String editIndicator(@PathVariable String code, Model model, Authentication caller) {
		Indicator indicator = catalogue.get(code);
		model.addAttribute("existing", indicator);
		Map<String, Object> form = Map.of("code", indicator.code(), "name", indicator.name(), "definition",
				indicator.definition(), "unit", indicator.unit().name(), "polarity", indicator.polarity().name(),
				"source", indicator.source(), "version", "" + indicator.version());
		return ReportingPageSupport.page(model, caller, FormErrors.none(), form, "reporting/local-indicator");
	}

	@PostMapping("/indicators/{code}/edit")
	@PreAuthorize(Access.EDIT)
	String update(@PathVariable String council, @PathVariable String code, LocalIndicatorForm form, Model model,
			Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			catalogue.updateLocal(code, form.toRequest());
			redirect.addFlashAttribute("notice", "The indicator has been saved");
			return "redirect:/councils/" + council + "/indicators/" + code;
		}, errors -> {
			model.addAttribute("existing", catalogue.get(code));
			return ReportingPageSupport.page(model, caller, errors, form.fields(), "reporting/local-indicator");
		}, "name");
	}
}
