package org.corporateparenting.consultation.web;

import java.util.List;

import org.corporateparenting.consultation.application.ConsultationRequests.FindingRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.PublicationRequest;
import org.corporateparenting.consultation.application.ConsultationViews.FindingView;
import org.corporateparenting.consultation.application.FindingManagement;
import org.corporateparenting.consultation.domain.Consultation;
import org.corporateparenting.consultation.domain.Finding;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.ApiAddresses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What young people said in each consultation, the council's response, and what it publishes ("you said, we did"). */
@RestController
@RequestMapping("/api/councils/{council}")
@Tag(name = "Consultation")
class FindingsApi {

	private final FindingManagement findings;

	private final RecordHistory history;

	FindingsApi(FindingManagement findings, RecordHistory history) {
		this.findings = findings;
		this.history = history;
	}

	@GetMapping("/consultations/{id}/findings")
	List<FindingView> findings(@PathVariable long id) {
		return findings.findings(id);
	}

	@PostMapping("/consultations/{id}/findings")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<FindingView> recordFinding(@PathVariable String council, @PathVariable long id,
			@RequestBody FindingRequest request) {
		FindingView finding = findings.record(id, request);
		return ResponseEntity.created(ApiAddresses.of(council, "/findings/" + finding.id())).body(finding);
	}

	@GetMapping("/findings/{id}")
	FindingView finding(@PathVariable long id) {
		return findings.finding(id);
	}

	@PutMapping("/findings/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Change a finding or the council's response to it; give the version you read")
	FindingView reviseFinding(@PathVariable long id, @RequestBody FindingRequest request) {
		return findings.revise(id, request);
	}

	@PostMapping("/findings/{id}/publication")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Put a finding with its response on the public you said, we did page, or take it off")
	FindingView publish(@PathVariable long id, @RequestBody PublicationRequest request) {
		return findings.publish(id, request);
	}

	@GetMapping("/findings/{id}/history")
	List<RecordHistory.Change> findingHistory(@PathVariable long id) {
		findings.finding(id);
		return history.of(Finding.class, id);
	}

	@GetMapping("/you-said-we-did")
	@Operation(summary = "The published findings, as the public page shows them")
	List<FindingView> youSaidWeDid() {
		return findings.published();
	}
}
