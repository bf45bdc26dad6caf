package org.corporateparenting.alliance.web;

import java.util.List;

import org.corporateparenting.alliance.application.AllianceRequests.BodyRequest;
import org.corporateparenting.alliance.application.AllianceViews.BodyView;
import org.corporateparenting.alliance.application.GovernanceManagement.BodyCadence;
import org.corporateparenting.alliance.application.GovernanceManagement;
import org.corporateparenting.alliance.domain.GovernanceBody;
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

/** A council's governance bodies, how they report to each other, and whether they meet as often as they said. */
@RestController
@RequestMapping("/api/councils/{council}")
@Tag(name = "Alliance")
class GovernanceBodiesApi {

	private final GovernanceManagement governance;

	private final RecordHistory history;

	GovernanceBodiesApi(GovernanceManagement governance, RecordHistory history) {
		this.governance = governance;
		this.history = history;
	}

	@GetMapping("/governance-bodies")
	@Operation(summary = "The council's governance bodies, each followed by the bodies reporting to it")
	List<GovernanceManagement.BodyInTree> bodies() {
		return governance.tree();
	}

	@PostMapping("/governance-bodies")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<BodyView> createBody(@PathVariable String council, @RequestBody BodyRequest request) {
		BodyView body = governance.create(request);
		return ResponseEntity.created(ApiAddresses.of(council, "/governance-bodies/" + body.id())).body(body);
	}

	@GetMapping("/governance-bodies/{id}")
	BodyView body(@PathVariable long id) {
		return governance.body(id);
	}

	@PutMapping("/governance-bodies/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Change a body; give the version you read")
	BodyView updateBody(@PathVariable long id, @RequestBody BodyRequest request) {
		return governance.update(id, request);
	}

	@GetMapping("/governance-bodies/{id}/history")
	List<RecordHistory.Change> bodyHistory(@PathVariable long id) {
		governance.body(id);
		return history.of(GovernanceBody.class, id);
	}

	@GetMapping("/governance-bodies/{id}/cadence")
	@Operation(summary = "Meetings held in the last twelve months against the terms of reference, and (for a board)"
			+ " meetings with young people present against its promise")
	BodyCadence cadence(@PathVariable long id) {
		return governance.cadence(id);
	}

	@GetMapping("/governance-bodies/cadence")
	@Operation(summary = "The cadence checks of every active body")
	List<BodyCadence> cadenceOfAll() {
		return governance.cadence();
	}
}
