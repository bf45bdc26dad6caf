package org.corporateparenting.reporting.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.corporateparenting.reporting.application.Indicator;
import org.corporateparenting.reporting.application.IndicatorCatalogue;
import org.corporateparenting.reporting.application.LocalIndicatorRequest;
import org.corporateparenting.reporting.application.MeasurementRecording;
import org.corporateparenting.reporting.application.MeasurementRequest;
import org.corporateparenting.reporting.application.MeasurementView;
import org.corporateparenting.reporting.application.TrendChart;
import org.corporateparenting.reporting.domain.Measurement;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.ApiAddresses;
import org.corporateparenting.web.SharedList;
import org.corporateparenting.web.Spreadsheets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A council's indicators (national and its own), which of them its dashboard follows, and their figures: entered
 * one by one or uploaded, with their history, trend chart and exports.
 */
@RestController
@RequestMapping("/api/councils/{council}")
@Tag(name = "Reporting")
class IndicatorsApi {

	private final IndicatorCatalogue catalogue;

	private final MeasurementRecording recording;

	private final RecordHistory history;

	private final ReportingExports exports;

	/** The list of indicators last given for each council (a shared answer, written as JSON once). */
	private final Map<String, Answer> answers = new ConcurrentHashMap<>();

	IndicatorsApi(IndicatorCatalogue catalogue, MeasurementRecording recording, RecordHistory history,
			ReportingExports exports) {
		this.catalogue = catalogue;
		this.recording = recording;
		this.history = history;
		this.exports = exports;
	}

	@GetMapping("/indicators")
	@Operation(summary = "The national indicators and the council's own, marked where the dashboard follows them")
	List<IndicatorEntry> indicators() {
		List<IndicatorCatalogue.Entry> entries = catalogue.entries();
		String council = CouncilContext.require();
		Answer last = answers.get(council);
		if (last != null && last.entries() == entries) {
			return last.answer();
		}
		List<IndicatorEntry> answer = SharedList.of(entries.stream().map(entry -> {
			IndicatorCatalogue.Tracked tracked = entry.tracked();
			return new IndicatorEntry(entry.indicator(), tracked != null, tracked == null ? null : tracked.priorityNumber(),
					tracked == null ? null : tracked.priority());
		}).toList());
		answers.put(council, new Answer(entries, answer));
		return answer;
	}

	/** @param entries the catalogue's list the answer was made from: it gives the same list while nothing changed */
	private record Answer(List<IndicatorCatalogue.Entry> entries, List<IndicatorEntry> answer) {
	}

	@PostMapping("/indicators")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Add one of the council's own indicators")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<Indicator> createIndicator(@PathVariable String council, @RequestBody LocalIndicatorRequest request) {
		Indicator created = catalogue.createLocal(request);
		return ResponseEntity.created(ApiAddresses.of(council, "/indicators/" + created.code())).body(created);
	}

	@GetMapping("/indicators/{code}")
	Indicator indicator(@PathVariable String code) {
		return catalogue.get(code);
	}

	@PutMapping("/indicators/{code}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Change one of the council's own indicators; give the version you read")
	Indicator updateIndicator(@PathVariable String code, @RequestBody LocalIndicatorRequest request) {
		return catalogue.updateLocal(code, request);
	}

	@PutMapping("/indicators/{code}/tracking")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Follow the indicator on the dashboard, under a priority of the strategy in force if given")
	IndicatorCatalogue.Tracked track(@PathVariable String code, @RequestBody TrackingRequest request) {
		return catalogue.track(code, request.priority());
	}

	@DeleteMapping("/indicators/{code}/tracking")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> untrack(@PathVariable String code) {
		catalogue.untrack(code);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/indicators/{code}/measurements")
	@Operation(summary = "The indicator's figures, oldest period first, each with its RAG against its target")
	List<MeasurementView> measurements(@PathVariable String code) {
		return recording.history(code);
	}

	@PostMapping("/indicators/{code}/measurements")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Enter a period's figures; to change a period already entered, give the version you read")
	MeasurementView record(@PathVariable String code, @RequestBody MeasurementRequest request, Principal author) {
		return recording.record(code, request, author.getName());
	}

	@DeleteMapping("/indicators/{code}/measurements")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> deleteMeasurement(@PathVariable String code, @RequestParam String period,
			@RequestParam(required = false) @Nullable Long version) {
		recording.delete(code, period, version);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/measurements/{id}/history")
	@Operation(summary = "Every version of a period's figures: who changed what, when")
	List<RecordHistory.Change> measurementHistory(@PathVariable long id) {
		List<RecordHistory.Change> changes = history.of(Measurement.class, id);
		if (changes.isEmpty()) {
			throw new org.corporateparenting.web.NotFoundException("There are no figures " + id);
		}
		return changes;
	}

	@GetMapping(value = "/indicators/{code}/trend.svg", produces = "image/svg+xml")
	@Operation(summary = "The indicator's trend as a chart, with its target line")
	ResponseEntity<String> trend(@PathVariable String code) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("image/svg+xml"))
			.body(TrendChart.svg(catalogue.get(code), recording.history(code)));
	}

	@PostMapping(value = "/measurement-uploads/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "What a CSV or XLSX file of figures would record, row by row, with every problem; records "
			+ "nothing")
	MeasurementRecording.UploadPreview previewUpload(@RequestPart MultipartFile file) {
		return recording.preview(rows(file));
	}

	@PostMapping(value = "/measurement-uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Record every row of a CSV or XLSX file of figures, or nothing when any row has a problem")
	Map<String, Integer> upload(@RequestPart MultipartFile file, Principal author) {
		return Map.of("recorded", recording.apply(rows(file), author.getName()));
	}

	@GetMapping("/measurements.csv")
	@Operation(summary = "Indicators' figures as CSV, in the columns an upload reads")
	ResponseEntity<byte[]> measurementsCsv(@PathVariable String council,
			@RequestParam(defaultValue = "") List<String> indicator) {
		return exports.measurements(council, indicator, false);
	}

	@GetMapping("/measurements.xlsx")
	ResponseEntity<byte[]> measurementsXlsx(@PathVariable String council,
			@RequestParam(defaultValue = "") List<String> indicator) {
		return exports.measurements(council, indicator, true);
	}

	private static List<Spreadsheets.Row> rows(MultipartFile file) {
		try {
			return Spreadsheets.read(file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename(),
					file.getInputStream(), MeasurementRecording.COLUMNS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** @param priority the number of a priority of the strategy in force, or none */
	record TrackingRequest(@Nullable Integer priority) {
	}

	/** @param priority how the priority it sits under is shown, if it is followed under one */
	record IndicatorEntry(Indicator indicator, boolean tracked, @Nullable Integer priorityNumber,
			@Nullable String priority) {
	}
}
