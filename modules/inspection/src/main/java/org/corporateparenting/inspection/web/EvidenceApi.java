package org.corporateparenting.inspection.web;

import java.util.List;

import org.corporateparenting.inspection.application.AreaEvidence;
import org.corporateparenting.inspection.application.EvidenceItem;
import org.corporateparenting.inspection.application.EvidenceMapping;
import org.corporateparenting.inspection.application.EvidenceRequests.LinkRequest;
import org.corporateparenting.inspection.domain.EvidenceLink;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.ApiAddresses;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The council's evidence for inspection: the board by judgement area, and the links that make it up. */
@RestController
@RequestMapping("/api/councils/{council}/inspection")
@Tag(name = "Inspection evidence")
class EvidenceApi {

	private final EvidenceMapping evidence;

	private final RecordHistory history;

	EvidenceApi(EvidenceMapping evidence, RecordHistory history) {
		this.evidence = evidence;
		this.history = history;
	}

	@GetMapping("/evidence")
	@PreAuthorize(Access.READ_COUNCIL_WIDE)
	@Operation(summary = "Each ILACS judgement area with its evidence and the evidence's latest status; an area with"
			+ " none is flagged")
	List<AreaEvidence> evidenceBoard() {
		return evidence.board();
	}

	@PostMapping("/evidence-links")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Link a strategy action, an indicator, a \"you said, we did\" response or a local offer section"
			+ " to a judgement area, with a note")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<EvidenceItem> linkEvidence(@PathVariable String council, @RequestBody LinkRequest request) {
		EvidenceLink link = evidence.create(request);
		return ResponseEntity.created(ApiAddresses.of(council, "/inspection/evidence-links/" + link.getId()))
			.body(evidence.item(link.getId()));
	}

	@GetMapping("/evidence-links/{id}")
	@PreAuthorize(Access.READ_COUNCIL_WIDE)
	@Operation(summary = "One link, with the record it names and that record's latest status")
	EvidenceItem evidenceLink(@PathVariable long id) {
		return evidence.item(id);
	}

	@PutMapping("/evidence-links/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Move a link to another area or rewrite its note; give the version you read (409 if stale)")
	EvidenceItem changeEvidenceLink(@PathVariable long id, @RequestBody LinkRequest request) {
		evidence.update(id, request);
		return evidence.item(id);
	}

	@DeleteMapping("/evidence-links/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Remove a link; give the version you read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> unlinkEvidence(@PathVariable long id, @RequestParam(required = false) Long version) {
		evidence.remove(id, version);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/evidence-links/{id}/history")
	@PreAuthorize(Access.READ_COUNCIL_WIDE)
	@Operation(summary = "Every change to a link: who, when and what")
	List<RecordHistory.Change> evidenceLinkHistory(@PathVariable long id) {
		evidence.link(id);
		return history.of(EvidenceLink.class, id);
	}
}
