package org.corporateparenting.reporting.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.corporateparenting.reporting.application.BoardPackDrafts;
import org.corporateparenting.reporting.application.BoardPackGeneration;
import org.corporateparenting.reporting.application.BoardPackRequest;
import org.corporateparenting.reporting.application.Dashboard;
import org.corporateparenting.reporting.application.Indicator;
import org.corporateparenting.reporting.application.IndicatorCatalogue;
import org.corporateparenting.reporting.application.LocalIndicatorRequest;
import org.corporateparenting.reporting.application.MeasurementRecording;
import org.corporateparenting.reporting.application.MeasurementRequest;
import org.corporateparenting.reporting.application.MeasurementView;
import org.corporateparenting.reporting.application.Publication;
import org.corporateparenting.reporting.application.TrendChart;
import org.corporateparenting.reporting.domain.BoardPack;
import org.corporateparenting.reporting.domain.Measurement;
import org.corporateparenting.reporting.domain.RenderProgress;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.Downloads;
import org.corporateparenting.web.PageResponse;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A council's indicators and figures, its dashboard, what it shares with its partnerships and the periods it has
 * finalised, and its board packs (drafts, HTML preview, PDF generated in the background).
 */
@RestController
@RequestMapping("/api/councils/{council}")
@Tag(name = "Reporting")
class ReportingApi {

	private final IndicatorCatalogue catalogue;

	private final MeasurementRecording recording;

	private final Dashboard dashboard;

	private final Publication publication;

	private final BoardPackDrafts packs;

	private final BoardPackGeneration generation;

	private final RecordHistory history;

	private final ReportingExports exports;

	ReportingApi(IndicatorCatalogue catalogue, MeasurementRecording recording, Dashboard dashboard,
			Publication publication, BoardPackDrafts packs, BoardPackGeneration generation, RecordHistory history,
			ReportingExports exports) {
		this.catalogue = catalogue;
		this.recording = recording;
		this.dashboard = dashboard;
		this.publication = publication;
		this.packs = packs;
		this.generation = generation;
		this.history = history;
		this.exports = exports;
	}

	private static URI at(String council, String path) {
		return URI.create("/api/councils/" + council + path);
	}

	// Indicators

	@GetMapping("/indicators")
	@Operation(summary = "The national indicators and the council's own, marked where the dashboard follows them")
	List<IndicatorEntry> indicators() {
		return catalogue.entries().stream().map(entry -> {
			IndicatorCatalogue.Tracked tracked = entry.tracked();
			return new IndicatorEntry(entry.indicator(), tracked != null, tracked == null ? null : tracked.priorityNumber(),
					tracked == null ? null : tracked.priority());
		}).toList();
	}

	@PostMapping("/indicators")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Add one of the council's own indicators")
	ResponseEntity<Indicator> createIndicator(@PathVariable String council, @RequestBody LocalIndicatorRequest request) {
		Indicator created = catalogue.createLocal(request);
		return ResponseEntity.created(at(council, "/indicators/" + created.code())).body(created);
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
	@Operation(summary = "What a CSV or XLSX file of figures would record, row by row, with every problem; records nothing")
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

	// Dashboard

	@GetMapping("/dashboard")
	@Operation(summary = "The council dashboard, from its read model: actions by RAG per priority, pledges, alliance, voice of the child, indicator tiles")
	Dashboard.View dashboard() {
		return dashboard.view();
	}

	@GetMapping("/dashboard.csv")
	ResponseEntity<byte[]> dashboardCsv(@PathVariable String council) {
		return exports.dashboard(council, false);
	}

	@GetMapping("/dashboard.xlsx")
	ResponseEntity<byte[]> dashboardXlsx(@PathVariable String council) {
		return exports.dashboard(council, true);
	}

	// Partnerships

	@GetMapping("/sharing")
	@Operation(summary = "Each partnership the council belongs to, with the national indicators it shares there")
	List<Publication.Sharing> sharing() {
		return publication.sharing();
	}

	@PutMapping("/sharing/{partnership}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Choose the national indicators the council shares with one of its partnerships")
	Publication.Sharing share(@PathVariable String partnership, @RequestBody SharingRequest request) {
		return publication.share(partnership, request.indicators() == null ? List.of() : request.indicators());
	}

	@GetMapping("/finalised-periods")
	List<FinalisedEntry> finalisedPeriods() {
		return publication.finalisedPeriods()
			.stream()
			.map(p -> new FinalisedEntry(p.getPeriod().toString(), p.getFinalisedBy(), p.getFinalisedAt()))
			.toList();
	}

	@PostMapping("/finalised-periods")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Finalise a period: its shared values, small numbers suppressed, go to the partnerships")
	ResponseEntity<Publication.Finalised> finalise(@RequestBody FinaliseRequest request, Principal author) {
		return ResponseEntity.accepted().body(publication.finalise(request.period(), author.getName()));
	}

	// Board packs

	@GetMapping("/board-packs")
	PageResponse<BoardPackDrafts.Summary> boardPacks(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return packs.list(page, size);
	}

	@PostMapping("/board-packs")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Start a board pack for a period and a board meeting, in the council report template")
	ResponseEntity<BoardPackDrafts.Summary> createBoardPack(@PathVariable String council,
			@RequestBody BoardPackRequest request, Principal author) {
		BoardPackDrafts.Summary created = packs.create(request, author.getName());
		return ResponseEntity.created(at(council, "/board-packs/" + created.id())).body(created);
	}

	@GetMapping("/board-packs/{id}")
	BoardPackDrafts.Summary boardPack(@PathVariable long id) {
		return packs.summary(id);
	}

	@PutMapping("/board-packs/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Save a board pack's draft; give the version you read")
	BoardPackDrafts.Summary saveBoardPack(@PathVariable long id, @RequestBody BoardPackRequest request) {
		return packs.save(id, request);
	}

	@GetMapping("/board-packs/{id}/history")
	List<RecordHistory.Change> boardPackHistory(@PathVariable long id) {
		packs.pack(id);
		return history.of(BoardPack.class, id);
	}

	@PostMapping("/board-packs/{id}/pdf")
	@PreAuthorize(Access.APPROVE)
	@Operation(summary = "Generate the board pack's PDF in the background; poll the progress address given")
	ResponseEntity<RenderProgress> generate(@PathVariable String council, @PathVariable long id, Principal author) {
		RenderProgress progress = generation.start(id, author.getName());
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.location(at(council, "/board-packs/" + id + "/pdf/progress"))
			.body(progress);
	}

	@GetMapping("/board-packs/{id}/pdf/progress")
	RenderProgress progress(@PathVariable long id) {
		packs.pack(id);
		return generation.progress(id);
	}

	@GetMapping("/board-packs/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String council, @PathVariable long id) {
		BoardPack pack = packs.pack(id);
		return Downloads.attachment(generation.pdf(id), MediaType.APPLICATION_PDF,
				council + "-" + Downloads.slug(pack.getTitle()) + ".pdf");
	}

	private static List<Spreadsheets.Row> rows(MultipartFile file) {
		try {
			return Spreadsheets.read(file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename(),
					file.getInputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** @param priority the number of a priority of the strategy in force, or none */
	record TrackingRequest(@Nullable Integer priority) {
	}

	record SharingRequest(@Nullable List<String> indicators) {
	}

	record FinaliseRequest(@Nullable String period) {
	}

	record FinalisedEntry(String period, String finalisedBy, java.time.Instant finalisedAt) {
	}

	/** @param priority how the priority it sits under is shown, if it is followed under one */
	record IndicatorEntry(Indicator indicator, boolean tracked, @Nullable Integer priorityNumber,
			@Nullable String priority) {
	}
}
