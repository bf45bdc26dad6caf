package org.corporateparenting.strategy.web;

import java.time.LocalDate;
import java.util.List;

import org.corporateparenting.strategy.application.ActionRequest;
import org.corporateparenting.strategy.application.ActionTracking;
import org.corporateparenting.strategy.application.PlanActionList;
import org.corporateparenting.strategy.application.ProgressRequest;
import org.corporateparenting.strategy.application.StrategyViews.ActionPlanView;
import org.corporateparenting.strategy.application.StrategyViews.ActionView;
import org.corporateparenting.strategy.application.StrategyViews.ProgressView;
import org.corporateparenting.strategy.domain.Action;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.ApiAddresses;
import org.corporateparenting.web.CouncilPermissions;
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

/** The actions of a council's action plans, their progress, and rolling a plan over a year. */
@RestController
@RequestMapping("/api/councils/{council}")
@Tag(name = "Strategy: actions")
class ActionsApi {

	private final ActionTracking tracking;

	private final RecordHistory history;

	private final PlanActionList list;

	ActionsApi(ActionTracking tracking, PlanActionList list, RecordHistory history) {
		this.tracking = tracking;
		this.list = list;
		this.history = history;
	}

	@GetMapping("/action-plans/{planId}/actions")
	@Operation(summary = "A plan's actions, by reference, with their suggested and actual RAG")
	PageResponse<ActionView> actions(@PathVariable long planId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageResponse.MAX_SIZE) int size) {
		return PageResponse.of(list.of(planId), page, size);
	}

	@PostMapping("/action-plans/{planId}/actions")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ActionView> create(@PathVariable String council, @PathVariable long planId,
			@RequestBody ActionRequest request) {
		Action action = tracking.create(planId, request);
		return ResponseEntity.created(ApiAddresses.of(council, "/actions/" + action.getId()))
			.body(ActionView.of(action, tracking.today()));
	}

	@GetMapping("/actions/{id}")
	ActionView action(@PathVariable long id) {
		return ActionView.of(tracking.action(id), tracking.today());
	}

	@PutMapping("/actions/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Change an action; give the version you read")
	ActionView update(@PathVariable long id, @RequestBody ActionRequest request) {
		return ActionView.of(tracking.update(id, request), tracking.today());
	}

	@GetMapping("/actions/overdue")
	@Operation(summary = "Actions past their due date and not finished, most overdue first")
	List<ActionView> overdue() {
		LocalDate today = tracking.today();
		return tracking.overdue().stream().map(action -> ActionView.of(action, today)).toList();
	}

	@GetMapping("/actions/{id}/progress")
	@Operation(summary = "An action's progress updates, newest first")
	List<ProgressView> progress(@PathVariable long id) {
		return tracking.progress(id).stream().map(ProgressView::of).toList();
	}

	@PostMapping("/actions/{id}/progress")
	@PreAuthorize(Access.REPORT_PROGRESS)
	@Operation(summary = "Record progress on an action; updates are kept, never overwritten. Partners on the actions"
			+ " their organisation owns")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ProgressView> record(@PathVariable String council, @PathVariable long id,
			@RequestBody ProgressRequest request, Authentication author) {
		ProgressView recorded = ProgressView.of(
				tracking.record(id, request, author.getName(), CouncilPermissions.of(author)));
		return ResponseEntity.created(ApiAddresses.of(council, "/actions/" + id + "/progress"))
			.body(recorded);
	}

	@GetMapping("/actions/{id}/history")
	List<RecordHistory.Change> actionHistory(@PathVariable long id) {
		tracking.action(id);
		return history.of(Action.class, id);
	}

	@PostMapping("/action-plans/{planId}/rollover")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Create next year's plan with every unfinished action carried forward")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ActionPlanView> rollover(@PathVariable String council, @PathVariable long planId) {
		ActionPlanView next = ActionPlanView.of(tracking.rollover(planId));
		return ResponseEntity.created(ApiAddresses.of(council, "/action-plans/" + next.id()))
			.body(next);
	}
}
