package org.corporateparenting.reporting.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.corporateparenting.reporting.Polarity;
import org.corporateparenting.reporting.Unit;
import org.corporateparenting.reporting.application.Dashboard;
import org.corporateparenting.reporting.application.Indicator;
import org.corporateparenting.reporting.application.IndicatorCatalogue;
import org.corporateparenting.reporting.application.IndicatorTiles;
import org.corporateparenting.reporting.application.LocalIndicatorRequest;
import org.corporateparenting.reporting.application.MeasurementRecording;
import org.corporateparenting.reporting.application.MeasurementRequest;
import org.corporateparenting.reporting.application.MeasurementView;
import org.corporateparenting.reporting.application.Publication;
import org.corporateparenting.reporting.application.TrendChart;
import org.corporateparenting.reporting.domain.Measurement;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.Choice;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.FormValues;
import org.corporateparenting.web.Forms;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.Spreadsheets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The council's reporting pages: its dashboard, its indicators with their trends and figures, entering figures
 * by form or by uploading a file (previewed first), its own indicators, and what it shares with its partnerships.
 */
@Controller
@RequestMapping("/councils/{council}")
class ReportingPages {

	private final Dashboard dashboard;

	private final IndicatorCatalogue catalogue;

	private final IndicatorTiles tiles;

	private final MeasurementRecording recording;

	private final Publication publication;

	private final RecordHistory history;

	private final ReportingExports exports;

	ReportingPages(Dashboard dashboard, IndicatorCatalogue catalogue, IndicatorTiles tiles,
			MeasurementRecording recording, Publication publication, RecordHistory history, ReportingExports exports) {
		this.dashboard = dashboard;
		this.catalogue = catalogue;
		this.tiles = tiles;
		this.recording = recording;
		this.publication = publication;
		this.history = history;
		this.exports = exports;
	}

	// Dashboard

	@GetMapping("/dashboard")
	String dashboard(Model model, Authentication caller) {
		model.addAttribute("dashboard", dashboard.view());
		return page(model, caller, FormErrors.none(), Map.of(), "reporting/dashboard");
	}

	@GetMapping("/dashboard.csv")
	ResponseEntity<byte[]> dashboardCsv(@PathVariable String council) {
		return exports.dashboard(council, false);
	}

	@GetMapping("/dashboard.xlsx")
	ResponseEntity<byte[]> dashboardXlsx(@PathVariable String council) {
		return exports.dashboard(council, true);
	}

	// Indicators

	@GetMapping("/indicators")
	String indicators(Model model, Authentication caller) {
		List<IndicatorTiles.Tile> followed = tiles.tiles();
		model.addAttribute("tiles", followed);
		model.addAttribute("catalogue", catalogue.all());
		model.addAttribute("trackedCodes", followed.stream().map(tile -> tile.indicator().code()).toList());
		return page(model, caller, FormErrors.none(), Map.of(), "reporting/indicators");
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
		return page(model, caller, errors, form, "reporting/indicator");
	}

	@PostMapping("/indicators/{code}/measurements")
	@PreAuthorize(Access.EDIT)
	String record(@PathVariable String council, @PathVariable String code, @RequestParam Map<String, String> form,
			Model model, Authentication caller, Principal author, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			MeasurementView recorded = recording.record(code, measurementRequest(form), author.getName());
			redirect.addFlashAttribute("notice", "The figures for " + recorded.period() + " have been recorded");
			return "redirect:/councils/" + council + "/indicators/" + code;
		}, errors -> indicator(code, model, caller, errors, form), "period");
	}

	@PostMapping("/indicators/{code}/tracking")
	@PreAuthorize(Access.EDIT)
	String track(@PathVariable String council, @PathVariable String code, @RequestParam Map<String, String> form,
			Model model, Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			catalogue.track(code, FormValues.integer(form, "priority"));
			redirect.addFlashAttribute("notice", "The dashboard follows this indicator");
			return "redirect:/councils/" + council + "/indicators/" + code;
		}, errors -> indicator(code, model, caller, errors, form), "priority");
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
		return page(model, caller, FormErrors.none(), Map.of(), "reporting/local-indicator");
	}

	@PostMapping("/indicators")
	@PreAuthorize(Access.EDIT)
	String create(@PathVariable String council, @RequestParam Map<String, String> form, Model model,
			Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			Indicator created = catalogue.createLocal(localRequest(form, null));
			redirect.addFlashAttribute("notice", "The indicator " + created.code() + " has been added");
			return "redirect:/councils/" + council + "/indicators/" + created.code();
		}, errors -> {
			model.addAttribute("existing", null);
			return page(model, caller, errors, form, "reporting/local-indicator");
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
		return page(model, caller, FormErrors.none(), form, "reporting/local-indicator");
	}

	@PostMapping("/indicators/{code}/edit")
	@PreAuthorize(Access.EDIT)
	String update(@PathVariable String council, @PathVariable String code, @RequestParam Map<String, String> form,
			Model model, Authentication caller, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			catalogue.updateLocal(code, localRequest(form, FormValues.version(form)));
			redirect.addFlashAttribute("notice", "The indicator has been saved");
			return "redirect:/councils/" + council + "/indicators/" + code;
		}, errors -> {
			model.addAttribute("existing", catalogue.get(code));
			return page(model, caller, errors, form, "reporting/local-indicator");
		}, "name");
	}

	// Uploads

	@GetMapping("/indicators/upload")
	@PreAuthorize(Access.EDIT)
	String upload(Model model, Authentication caller) {
		model.addAttribute("preview", null);
		return page(model, caller, FormErrors.none(), Map.of(), "reporting/upload");
	}

	@PostMapping("/indicators/upload")
	@PreAuthorize(Access.EDIT)
	String preview(@RequestParam(required = false) @Nullable MultipartFile file, Model model, Authentication caller) {
		FormErrors errors = FormErrors.none();
		model.addAttribute("preview", null);
		try {
			if (file == null || file.isEmpty()) {
				throw InvalidInputException.of("file", "Choose a CSV or XLSX file of figures");
			}
			List<Spreadsheets.Row> rows = Spreadsheets.read(
					file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename(), file.getInputStream());
			MeasurementRecording.UploadPreview preview = recording.preview(rows);
			model.addAttribute("preview", preview);
			model.addAttribute("checkedRows", new String(normalised(rows, preview), StandardCharsets.UTF_8));
			if (!preview.problems().isEmpty()) {
				errors = new FormErrors(preview.problems());
			}
		}
		catch (InvalidInputException ex) {
			errors = FormErrors.of(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return page(model, caller, errors, Map.of(), "reporting/upload");
	}

	@PostMapping("/indicators/upload/apply")
	@PreAuthorize(Access.EDIT)
	String apply(@PathVariable String council, @RequestParam String checkedRows, Model model, Authentication caller,
			Principal author, RedirectAttributes redirect) {
		List<Spreadsheets.Row> rows = Spreadsheets.read("preview.csv",
				new ByteArrayInputStream(checkedRows.getBytes(StandardCharsets.UTF_8)));
		return Forms.submit(() -> {
			int recorded = recording.apply(rows, author.getName());
			redirect.addFlashAttribute("notice",
					recorded + (recorded == 1 ? " figure has" : " figures have") + " been recorded");
			return "redirect:/councils/" + council + "/indicators";
		}, errors -> {
			model.addAttribute("preview", null);
			return page(model, caller, errors, Map.of(), "reporting/upload");
		}, "file");
	}

	/**
	 * The rows as a CSV in the upload's own columns, to travel with the preview's confirm form, with the version of
	 * each period's figures as the preview found them, so that confirming never overwrites a change made since.
	 */
	private static byte[] normalised(List<Spreadsheets.Row> rows, MeasurementRecording.UploadPreview preview) {
		Map<Integer, Long> versions = new java.util.HashMap<>();
		preview.rows().stream().filter(row -> row.version() != null).forEach(row -> versions.put(row.row(), row.version()));
		List<String> headings = new ArrayList<>(MeasurementRecording.HEADINGS);
		headings.add(MeasurementRecording.VERSION);
		List<List<String>> values = new ArrayList<>();
		for (Spreadsheets.Row row : rows) {
			List<String> line = new ArrayList<>(MeasurementRecording.HEADINGS.stream()
				.map(heading -> row.values().getOrDefault(heading, ""))
				.toList());
			line.add(versions.containsKey(row.number()) ? "" + versions.get(row.number()) : "");
			values.add(line);
		}
		return Spreadsheets.csv(headings, values);
	}

	// Sharing with partnerships

	@GetMapping("/sharing")
	String sharing(Model model, Authentication caller) {
		return sharing(model, caller, FormErrors.none(), Map.of());
	}

	private String sharing(Model model, Authentication caller, FormErrors errors, Map<String, ?> form) {
		model.addAttribute("sharing", publication.sharing());
		model.addAttribute("national", catalogue.national());
		model.addAttribute("finalised", publication.finalisedPeriods());
		return page(model, caller, errors, form, "reporting/sharing");
	}

	@PostMapping("/sharing/{partnership}")
	@PreAuthorize(Access.EDIT)
	String share(@PathVariable String council, @PathVariable String partnership,
			@RequestParam MultiValueMap<String, String> params, Model model, Authentication caller,
			RedirectAttributes redirect) {
		List<String> codes = params.getOrDefault("indicators", List.of());
		return Forms.submit(() -> {
			publication.share(partnership, codes);
			redirect.addFlashAttribute("notice", "What the council shares has been saved");
			return "redirect:/councils/" + council + "/sharing";
		}, errors -> sharing(model, caller, errors, Map.of()), "indicators");
	}

	@PostMapping("/finalised-periods")
	@PreAuthorize(Access.EDIT)
	String finalise(@PathVariable String council, @RequestParam Map<String, String> form, Model model,
			Authentication caller, Principal author, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			Publication.Finalised done = publication.finalise(form.get("period"), author.getName());
			redirect.addFlashAttribute("notice", done.period() + " is finalised: " + done.values()
					+ " shared values were sent to the partnerships, " + done.suppressed() + " of them as c");
			return "redirect:/councils/" + council + "/sharing";
		}, errors -> sharing(model, caller, errors, form), "period");
	}

	static MeasurementRequest measurementRequest(Map<String, String> form) {
		List<FieldProblem> problems = new ArrayList<>();
		MeasurementRequest request = new MeasurementRequest(blank(form.get("period")), decimal(form, "value", problems),
				whole(form, "numerator", problems), whole(form, "denominator", problems),
				decimal(form, "target", problems), decimal(form, "tolerance", problems), blank(form.get("note")),
				"true".equals(form.get("illustrative")), FormValues.version(form));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return request;
	}

	private static LocalIndicatorRequest localRequest(Map<String, String> form, @Nullable Long version) {
		return new LocalIndicatorRequest(blank(form.get("code")), blank(form.get("name")), blank(form.get("definition")),
				FormValues.value(Unit.class, form, "unit"), FormValues.value(Polarity.class, form, "polarity"),
				blank(form.get("source")), version);
	}

	private static @Nullable BigDecimal decimal(Map<String, String> form, String field, List<FieldProblem> problems) {
		String text = blank(form.get(field));
		if (text == null) {
			return null;
		}
		try {
			return new BigDecimal(text.replace(",", "").replace("%", ""));
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem(field, "Enter a number, such as 92 or 92.5"));
			return null;
		}
	}

	private static @Nullable Integer whole(Map<String, String> form, String field, List<FieldProblem> problems) {
		BigDecimal number = decimal(form, field, problems);
		if (number == null) {
			return null;
		}
		if (number.stripTrailingZeros().scale() > 0 || number.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
			problems.add(new FieldProblem(field, "Enter a whole number, such as 92"));
			return null;
		}
		return number.intValue();
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static String page(Model model, Authentication caller, FormErrors errors, Map<String, ?> form, String template) {
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		model.addAttribute("units", Choice.of(Unit.class));
		model.addAttribute("polarities", Choice.of(Polarity.class));
		return template;
	}
}
