package org.corporateparenting.pledges.web;

import java.security.Principal;
import java.util.List;

import org.corporateparenting.pledges.application.PledgeDeliveries;
import org.corporateparenting.pledges.application.PledgeDelivery;
import org.corporateparenting.pledges.application.PledgeManagement;
import org.corporateparenting.pledges.application.PledgeRequests.PledgeRequest;
import org.corporateparenting.pledges.application.PledgeRequests.PledgeSetRequest;
import org.corporateparenting.pledges.application.PledgeRequests.ThemeRequest;
import org.corporateparenting.pledges.application.PledgeRequests.TransitionRequest;
import org.corporateparenting.pledges.application.PledgeRequests.WorkStreamRequest;
import org.corporateparenting.pledges.application.PledgeRequests.WorkStreamUpdateRequest;
import org.corporateparenting.pledges.application.PledgeViews.DeliveryView;
import org.corporateparenting.pledges.application.PledgeViews.PledgeSetView;
import org.corporateparenting.pledges.application.PledgeViews.PledgeView;
import org.corporateparenting.pledges.application.PledgeViews.ThemeView;
import org.corporateparenting.pledges.application.PledgeViews.WorkStreamUpdateView;
import org.corporateparenting.pledges.application.PledgeViews.WorkStreamView;
import org.corporateparenting.pledges.application.WorkStreamManagement;
import org.corporateparenting.pledges.domain.Pledge;
import org.corporateparenting.pledges.domain.PledgeSet;
import org.corporateparenting.pledges.domain.WorkStream;
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

/** A council's pledge sets, their themes and pledges, and the work streams that deliver them. */
@RestController
@RequestMapping("/api/councils/{council}")
@Tag(name = "Pledges")
class PledgesApi {

	private final PledgeManagement pledges;

	private final WorkStreamManagement workStreams;

	private final RecordHistory history;

	private final PledgeDeliveries deliveries;

	private final PledgeSetExports exports;

	PledgesApi(PledgeManagement pledges, WorkStreamManagement workStreams, RecordHistory history,
			PledgeDeliveries deliveries, PledgeSetExports exports) {
		this.exports = exports;
		this.deliveries = deliveries;
		this.pledges = pledges;
		this.workStreams = workStreams;
		this.history = history;
	}

	@GetMapping("/pledge-sets")
	@Operation(summary = "The council's pledge sets, every edition, with their themes and pledges")
	PageResponse<PledgeSetView> sets(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) int size) {
		return PageResponse.of(pledges.setsWithPledges().stream().map(PledgeSetView::of).toList(),
				page, size);
	}

	@PostMapping("/pledge-sets")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<PledgeSetView> create(@PathVariable String council, @RequestBody PledgeSetRequest request) {
		PledgeSet set = pledges.create(request);
		return ResponseEntity.created(ApiAddresses.of(council, "/pledge-sets/" + set.getId()))
			.body(PledgeSetView.of(set));
	}

	@GetMapping("/pledge-sets/{id}")
	PledgeSetView set(@PathVariable long id) {
		return PledgeSetView.of(pledges.set(id));
	}

	@PutMapping("/pledge-sets/{id}")
	@PreAuthorize(Access.EDIT)
	PledgeSetView update(@PathVariable long id, @RequestBody PledgeSetRequest request) {
		return PledgeSetView.of(pledges.update(id, request));
	}

	@PostMapping("/pledge-sets/{id}/transitions")
	@PreAuthorize(Access.APPROVE)
	@Operation(summary = "Bring a set into force (replacing the edition it reviews), or put it under review")
	PledgeSetView transition(@PathVariable long id, @RequestBody TransitionRequest request) {
		return PledgeSetView.of(pledges.transition(id, request));
	}

	@PostMapping("/pledge-sets/{id}/review")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Review a set in force: it goes under review and its next edition is made as a draft")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<PledgeSetView> review(@PathVariable String council, @PathVariable long id) {
		PledgeSet draft = pledges.review(id);
		return ResponseEntity.created(ApiAddresses.of(council, "/pledge-sets/" + draft.getId()))
			.body(PledgeSetView.of(pledges.set(draft.getId())));
	}

	@GetMapping("/pledge-sets/{id}/export.pdf")
	@Operation(summary = "The pledge set as a PDF to hand to young people")
	ResponseEntity<byte[]> pdf(@PathVariable String council, @PathVariable long id) {
		return exports.pdf(council, id);
	}

	@GetMapping("/pledge-sets/{id}/export.csv")
	@Operation(summary = "The pledge set's pledges as CSV")
	ResponseEntity<byte[]> csv(@PathVariable String council, @PathVariable long id) {
		return exports.csv(council, id);
	}

	@GetMapping("/pledge-sets/{id}/history")
	List<RecordHistory.Change> setHistory(@PathVariable long id) {
		pledges.set(id);
		return history.of(PledgeSet.class, id);
	}

	@PostMapping("/pledge-sets/{id}/themes")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Add a theme to a set; it is read with its set, whose address is given")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ThemeView> addTheme(@PathVariable String council, @PathVariable long id,
			@RequestBody ThemeRequest request) {
		ThemeView theme = ThemeView.of(pledges.addTheme(id, request));
		return ResponseEntity.created(ApiAddresses.of(council, "/pledge-sets/" + id)).body(theme);
	}

	@PostMapping("/pledge-sets/{id}/themes/{themeId}/pledges")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<PledgeView> addPledge(@PathVariable String council, @PathVariable long id,
			@PathVariable long themeId, @RequestBody PledgeRequest request) {
		PledgeView pledge = PledgeView.of(pledges.addPledge(id, themeId, request));
		return ResponseEntity.created(ApiAddresses.of(council, "/pledges/" + pledge.id())).body(pledge);
	}

	@GetMapping("/pledges/{id}")
	PledgeView pledge(@PathVariable long id) {
		return PledgeView.of(pledges.pledge(id));
	}

	@PutMapping("/pledges/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Reword a pledge of a draft set; give the version you read")
	PledgeView reword(@PathVariable long id, @RequestBody PledgeRequest request) {
		return PledgeView.of(pledges.reword(id, request));
	}

	@GetMapping("/pledges/{id}/delivery")
	@Operation(summary = "How a pledge is being kept: the work streams and strategy actions delivering it, and the"
			+ " status that follows from them")
	DeliveryView delivery(@PathVariable long id) {
		PledgeDelivery delivery = deliveries.of(List.of(pledges.pledge(id))).get(id);
		return new DeliveryView(id, delivery.status(), delivery.workStreams().stream().map(WorkStreamView::of).toList(),
				delivery.otherWork());
	}

	@GetMapping("/pledges/{id}/history")
	List<RecordHistory.Change> pledgeHistory(@PathVariable long id) {
		pledges.pledge(id);
		return history.of(Pledge.class, id);
	}

	@GetMapping("/work-streams")
	List<WorkStreamView> workStreams() {
		return workStreams.workStreams().stream().map(WorkStreamView::of).toList();
	}

	@PostMapping("/work-streams")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<WorkStreamView> createWorkStream(@PathVariable String council,
			@RequestBody WorkStreamRequest request) {
		WorkStream created = workStreams.create(request);
		return ResponseEntity.created(ApiAddresses.of(council, "/work-streams/" + created.getId()))
			.body(WorkStreamView.of(created));
	}

	@GetMapping("/work-streams/{id}")
	WorkStreamView workStream(@PathVariable long id) {
		return WorkStreamView.of(workStreams.workStream(id));
	}

	@PutMapping("/work-streams/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Change a work stream, or record that it was dissolved or merged; give the version you read")
	WorkStreamView updateWorkStream(@PathVariable long id, @RequestBody WorkStreamRequest request) {
		return WorkStreamView.of(workStreams.update(id, request));
	}

	@GetMapping("/work-streams/{id}/updates")
	@Operation(summary = "A work stream's updates, newest first")
	List<WorkStreamUpdateView> updates(@PathVariable long id) {
		return workStreams.updates(id).stream().map(WorkStreamUpdateView::of).toList();
	}

	@PostMapping("/work-streams/{id}/updates")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<WorkStreamUpdateView> report(@PathVariable String council, @PathVariable long id,
			@RequestBody WorkStreamUpdateRequest request, Principal author) {
		WorkStreamUpdateView update = WorkStreamUpdateView.of(workStreams.report(id, request, author.getName()));
		return ResponseEntity.created(ApiAddresses.of(council, "/work-streams/" + id + "/updates"))
			.body(update);
	}
}
