package org.corporateparenting.strategy.web;

import java.util.List;

import org.corporateparenting.strategy.application.ActionPlanRequest;
import org.corporateparenting.strategy.application.PriorityRequest;
import org.corporateparenting.strategy.application.StrategyPlanning;
import org.corporateparenting.strategy.application.StrategyRequest;
import org.corporateparenting.strategy.application.StrategyViews.ActionPlanView;
import org.corporateparenting.strategy.application.StrategyViews.PriorityView;
import org.corporateparenting.strategy.application.StrategyViews.StrategyView;
import org.corporateparenting.strategy.application.TransitionRequest;
import org.corporateparenting.strategy.domain.Strategy;
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

/** A council's strategies, their priorities and their yearly action plans. */
@RestController
@RequestMapping("/api/councils/{council}")
@Tag(name = "Strategy")
class StrategiesApi {

	private final StrategyPlanning planning;

	private final RecordHistory history;

	StrategiesApi(StrategyPlanning planning, RecordHistory history) {
		this.planning = planning;
		this.history = history;
	}

	@GetMapping("/strategies")
	@Operation(summary = "The council's strategies, newest first")
	PageResponse<StrategyView> strategies(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) int size) {
		return PageResponse.of(planning.strategies().stream().map(StrategyView::of).toList(), page, size);
	}

	@PostMapping("/strategies")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Start a new strategy, as a draft")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<StrategyView> create(@PathVariable String council, @RequestBody StrategyRequest request) {
		StrategyView created = StrategyView.of(planning.create(request));
		return ResponseEntity.created(ApiAddresses.of(council, "/strategies/" + created.id()))
			.body(created);
	}

	@GetMapping("/strategies/{id}")
	StrategyView strategy(@PathVariable long id) {
		return StrategyView.of(planning.strategy(id));
	}

	@PutMapping("/strategies/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Change a strategy's wording or period; give the version you read")
	StrategyView update(@PathVariable long id, @RequestBody StrategyRequest request) {
		return StrategyView.of(planning.update(id, request));
	}

	@PostMapping("/strategies/{id}/transitions")
	@PreAuthorize(Access.APPROVE)
	@Operation(summary = "Move a strategy on: to CONSULTATION, APPROVED (with approvedBy, approvedOn,"
			+ " recommendation), ACTIVE, UNDER_REVIEW or SUPERSEDED")
	StrategyView transition(@PathVariable long id, @RequestBody TransitionRequest request) {
		return StrategyView.of(planning.transition(id, request));
	}

	@GetMapping("/strategies/{id}/history")
	@Operation(summary = "Every change to the strategy: who, when, what")
	List<RecordHistory.Change> strategyHistory(@PathVariable long id) {
		planning.strategy(id);
		return history.of(Strategy.class, id);
	}

	@GetMapping("/strategies/{id}/priorities")
	List<PriorityView> priorities(@PathVariable long id) {
		return planning.priorities(id).stream().map(PriorityView::of).toList();
	}

	@PostMapping("/strategies/{id}/priorities")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Add a priority after the existing ones")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<PriorityView> addPriority(@PathVariable String council, @PathVariable long id,
			@RequestBody PriorityRequest request) {
		PriorityView created = PriorityView.of(planning.addPriority(id, request));
		return ResponseEntity.created(ApiAddresses.of(council, "/priorities/" + created.id()))
			.body(created);
	}

	@GetMapping("/priorities/{id}")
	PriorityView priority(@PathVariable long id) {
		return PriorityView.of(planning.priority(id));
	}

	@PutMapping("/priorities/{id}")
	@PreAuthorize(Access.EDIT)
	PriorityView updatePriority(@PathVariable long id, @RequestBody PriorityRequest request) {
		return PriorityView.of(planning.updatePriority(id, request));
	}

	@GetMapping("/strategies/{id}/action-plans")
	List<ActionPlanView> plans(@PathVariable long id) {
		return planning.plans(id).stream().map(ActionPlanView::of).toList();
	}

	@PostMapping("/strategies/{id}/action-plans")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Add a year's action plan, such as 2025/26")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ActionPlanView> addPlan(@PathVariable String council, @PathVariable long id,
			@RequestBody ActionPlanRequest request) {
		ActionPlanView created = ActionPlanView.of(planning.addPlan(id, request));
		return ResponseEntity.created(ApiAddresses.of(council, "/action-plans/" + created.id()))
			.body(created);
	}

	@GetMapping("/action-plans/{id}")
	ActionPlanView plan(@PathVariable long id) {
		return ActionPlanView.of(planning.plan(id));
	}
}
