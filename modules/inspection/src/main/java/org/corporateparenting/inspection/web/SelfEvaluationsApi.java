package org.corporateparenting.inspection.web;

import java.util.List;

import org.corporateparenting.inspection.application.SelfEvaluationDrafting;
import org.corporateparenting.inspection.application.SelfEvaluationRequests.NarrativeRequest;
import org.corporateparenting.inspection.application.SelfEvaluationRequests.SaveRequest;
import org.corporateparenting.inspection.application.SelfEvaluationRequests.StartRequest;
import org.corporateparenting.inspection.application.SelfEvaluationViews.Full;
import org.corporateparenting.inspection.application.SelfEvaluationViews.Summary;
import org.corporateparenting.inspection.domain.SelfEvaluation;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.ApiAddresses;
import org.corporateparenting.web.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The council's annual self-evaluation for Ofsted, in numbered versions, and each version as a PDF. */
@RestController
@RequestMapping("/api/councils/{council}/inspection")
@Tag(name = "Inspection evidence")
class SelfEvaluationsApi {

	private final SelfEvaluationDrafting drafting;

	private final RecordHistory history;

	private final SelfEvaluationExports exports;

	SelfEvaluationsApi(SelfEvaluationDrafting drafting, RecordHistory history, SelfEvaluationExports exports) {
		this.drafting = drafting;
		this.history = history;
		this.exports = exports;
	}

	@GetMapping("/self-evaluations")
	@PreAuthorize(Access.READ_COUNCIL_WIDE)
	@Operation(summary = "Every version of the self-evaluation, the latest year and version first")
	PageResponse<Summary> selfEvaluations(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) int size) {
		return PageResponse.of(drafting.all().stream().map(Summary::of).toList(), page, size);
	}

	@PostMapping("/self-evaluations")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Start a year's self-evaluation as a draft (409 if the year has one: start its next version)")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<Full> startSelfEvaluation(@PathVariable String council, @RequestBody StartRequest request) {
		SelfEvaluation started = drafting.start(request);
		return ResponseEntity.created(ApiAddresses.of(council, "/inspection/self-evaluations/" + started.getId()))
			.body(Full.of(drafting.document(started.getId())));
	}

	@GetMapping("/self-evaluations/{id}")
	@PreAuthorize(Access.READ_COUNCIL_WIDE)
	@Operation(summary = "A version with each area's narrative and evidence: today's for a draft, as saved otherwise")
	Full selfEvaluation(@PathVariable long id) {
		return Full.of(drafting.document(id));
	}

	@PutMapping("/self-evaluations/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Write a draft's narrative for each area; give the version you read (409 if stale or saved)")
	Full writeSelfEvaluation(@PathVariable long id, @RequestBody NarrativeRequest request) {
		drafting.write(id, request);
		return Full.of(drafting.document(id));
	}

	@PostMapping("/self-evaluations/{id}/saving")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Save a draft: frozen with the evidence as it stands, superseding the year's saved version")
	Full saveSelfEvaluation(@PathVariable long id, @RequestBody SaveRequest request) {
		drafting.save(id, request);
		return Full.of(drafting.document(id));
	}

	@PostMapping("/self-evaluations/{id}/next-version")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Start the year's next version from a saved one's words")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<Full> nextSelfEvaluationVersion(@PathVariable String council, @PathVariable long id) {
		SelfEvaluation next = drafting.nextVersion(id);
		return ResponseEntity.created(ApiAddresses.of(council, "/inspection/self-evaluations/" + next.getId()))
			.body(Full.of(drafting.document(next.getId())));
	}

	@GetMapping("/self-evaluations/{id}/history")
	@PreAuthorize(Access.READ_COUNCIL_WIDE)
	@Operation(summary = "Every change to a version: who, when and what")
	List<RecordHistory.Change> selfEvaluationHistory(@PathVariable long id) {
		drafting.selfEvaluation(id);
		return history.of(SelfEvaluation.class, id);
	}

	@GetMapping("/self-evaluations/{id}/export.pdf")
	@PreAuthorize(Access.READ_COUNCIL_WIDE)
	@Operation(summary = "A version as a tagged, accessible PDF to send to Ofsted")
	ResponseEntity<byte[]> selfEvaluationPdf(@PathVariable String council, @PathVariable long id) {
		return exports.pdf(council, drafting.document(id));
	}
}
