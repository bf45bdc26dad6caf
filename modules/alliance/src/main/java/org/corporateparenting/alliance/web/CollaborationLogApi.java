package org.corporateparenting.alliance.web;

import java.util.List;

import org.corporateparenting.alliance.application.AllianceRequests.CollaborationRequest;
import org.corporateparenting.alliance.application.AllianceViews.CollaborationView;
import org.corporateparenting.alliance.application.CollaborationManagement;
import org.corporateparenting.alliance.domain.CollaborationEntry;
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

/** The collaboration log: information shared, advice and joint work between corporate parents, newest first. */
@RestController
@RequestMapping("/api/councils/{council}/collaboration-log")
@Tag(name = "Alliance")
class CollaborationLogApi {

	private final CollaborationManagement log;

	private final RecordHistory history;

	CollaborationLogApi(CollaborationManagement log, RecordHistory history) {
		this.log = log;
		this.history = history;
	}

	@GetMapping
	@Operation(summary = "The collaboration log, newest first, a page at a time")
	PageResponse<CollaborationView> collaborationLog(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) int size) {
		return log.entries(page, size);
	}

	@PostMapping
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Record information shared, advice given, services coordinated or joint work")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<CollaborationView> recordCollaboration(@PathVariable String council, @RequestBody CollaborationRequest request) {
		CollaborationView entry = log.record(request);
		return ResponseEntity.created(ApiAddresses.of(council, "/collaboration-log/" + entry.id())).body(entry);
	}

	@GetMapping("/{id}")
	CollaborationView collaborationEntry(@PathVariable long id) {
		return log.entry(id);
	}

	@PutMapping("/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Correct an entry of the collaboration log; give the version you read")
	CollaborationView reviseCollaboration(@PathVariable long id, @RequestBody CollaborationRequest request) {
		return log.revise(id, request);
	}

	@GetMapping("/{id}/history")
	List<RecordHistory.Change> collaborationEntryHistory(@PathVariable long id) {
		log.entry(id);
		return history.of(CollaborationEntry.class, id);
	}
}
