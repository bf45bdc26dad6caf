package org.corporateparenting.alliance.web;

import java.util.List;

import org.corporateparenting.alliance.application.AllianceRequests.ApprovalRequest;
import org.corporateparenting.alliance.application.AllianceRequests.TermsOfReferenceRequest;
import org.corporateparenting.alliance.application.AllianceViews.TermsOfReferenceView;
import org.corporateparenting.alliance.application.GovernanceManagement;
import org.corporateparenting.alliance.application.TermsOfReferenceManagement;
import org.corporateparenting.alliance.domain.TermsOfReference;
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

/** The editions of a body's terms of reference: drafts, approval into force, and their history. */
@RestController
@RequestMapping("/api/councils/{council}")
@Tag(name = "Alliance")
class TermsOfReferenceApi {

	private final GovernanceManagement governance;

	private final TermsOfReferenceManagement terms;

	private final RecordHistory history;

	TermsOfReferenceApi(GovernanceManagement governance, TermsOfReferenceManagement terms, RecordHistory history) {
		this.governance = governance;
		this.terms = terms;
		this.history = history;
	}

	@GetMapping("/governance-bodies/{id}/terms-of-reference")
	@Operation(summary = "Every edition of a body's terms of reference, newest first")
	List<TermsOfReferenceView> editions(@PathVariable long id) {
		return terms.editions(id);
	}

	@PostMapping("/governance-bodies/{id}/terms-of-reference")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Start a new edition of a body's terms of reference, as a draft")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<TermsOfReferenceView> draft(@PathVariable String council, @PathVariable long id,
			@RequestBody TermsOfReferenceRequest request) {
		TermsOfReferenceView edition = terms.draft(id, request);
		return ResponseEntity.created(ApiAddresses.of(council, "/terms-of-reference/" + edition.id())).body(edition);
	}

	@GetMapping("/terms-of-reference/{id}")
	TermsOfReferenceView termsOfReference(@PathVariable long id) {
		return terms.termsOfReference(id);
	}

	@PutMapping("/terms-of-reference/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Change a draft edition; give the version you read")
	TermsOfReferenceView revise(@PathVariable long id, @RequestBody TermsOfReferenceRequest request) {
		return terms.revise(id, request);
	}

	@PostMapping("/terms-of-reference/{id}/approval")
	@PreAuthorize(Access.APPROVE)
	@Operation(summary = "Bring a draft edition into force; without a review date it is reviewed a year after approval")
	TermsOfReferenceView approve(@PathVariable long id, @RequestBody ApprovalRequest request) {
		return terms.approve(id, request);
	}

	@GetMapping("/terms-of-reference/{id}/history")
	List<RecordHistory.Change> termsHistory(@PathVariable long id) {
		terms.termsOfReference(id);
		return history.of(TermsOfReference.class, id);
	}
}
