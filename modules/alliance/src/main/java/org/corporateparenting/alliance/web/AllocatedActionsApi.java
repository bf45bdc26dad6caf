package org.corporateparenting.alliance.web;

import java.util.List;

import org.corporateparenting.alliance.application.ActionManagement;
import org.corporateparenting.alliance.application.AllianceRequests.ActionRequest;
import org.corporateparenting.alliance.application.AllianceRequests.ActionUpdateRequest;
import org.corporateparenting.alliance.application.AllianceViews.ActionUpdateView;
import org.corporateparenting.alliance.application.AllianceViews.ActionView;
import org.corporateparenting.alliance.application.Caller;
import org.corporateparenting.alliance.domain.AllocatedAction;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.ApiAddresses;
import org.corporateparenting.web.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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

/**
 * The actions meetings allocated to seats and organisations, and the progress reported on them. Partners see and
 * update only their own organisation's.
 */
@RestController
@RequestMapping("/api/councils/{council}")
@Tag(name = "Alliance")
class AllocatedActionsApi {

	private final ActionManagement actions;

	private final RecordHistory history;

	AllocatedActionsApi(ActionManagement actions, RecordHistory history) {
		this.actions = actions;
		this.history = history;
	}

	@GetMapping("/allocated-actions")
	@Operation(summary = "Allocated actions, soonest due first; a partner sees their own organisation's only")
	PageResponse<ActionView> actions(@RequestParam(required = false) Long organisationId,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) int size, Authentication caller) {
		return PageResponse.of(actions.actions(Caller.of(caller), organisationId, overdue), page, size);
	}

	@GetMapping("/allocated-actions/{id}")
	ActionView action(@PathVariable long id, Authentication caller) {
		return actions.action(Caller.of(caller), id);
	}

	@PutMapping("/allocated-actions/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Reword, reallocate or re-date an action; give the version you read")
	ActionView reallocate(@PathVariable long id, @RequestBody ActionRequest request) {
		return actions.reallocate(id, request);
	}

	@GetMapping("/allocated-actions/{id}/updates")
	List<ActionUpdateView> actionUpdates(@PathVariable long id, Authentication caller) {
		return actions.updates(Caller.of(caller), id);
	}

	@PostMapping("/allocated-actions/{id}/updates")
	@PreAuthorize(Access.REPORT_PROGRESS)
	@Operation(summary = "Report progress and the action's status; partners for their own organisation's actions")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ActionUpdateView> progress(@PathVariable String council, @PathVariable long id,
			@RequestBody ActionUpdateRequest request, Authentication caller) {
		ActionUpdateView update = actions.progress(Caller.of(caller), id, request);
		return ResponseEntity.created(ApiAddresses.of(council, "/allocated-actions/" + id + "/updates")).body(update);
	}

	@GetMapping("/allocated-actions/{id}/history")
	List<RecordHistory.Change> actionHistory(@PathVariable long id, Authentication caller) {
		actions.action(Caller.of(caller), id);
		return history.of(AllocatedAction.class, id);
	}
}
