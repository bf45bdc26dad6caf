package org.corporateparenting.alliance.web;

import java.util.List;

import org.corporateparenting.alliance.application.ActionManagement;
import org.corporateparenting.alliance.application.AllianceRequests.ActionRequest;
import org.corporateparenting.alliance.application.AllianceRequests.DecisionRequest;
import org.corporateparenting.alliance.application.AllianceRequests.HeldRequest;
import org.corporateparenting.alliance.application.AllianceRequests.MeetingRequest;
import org.corporateparenting.alliance.application.AllianceViews.ActionView;
import org.corporateparenting.alliance.application.AllianceViews.DecisionView;
import org.corporateparenting.alliance.application.AllianceViews.MeetingView;
import org.corporateparenting.alliance.application.Caller;
import org.corporateparenting.alliance.application.MeetingManagement;
import org.corporateparenting.alliance.domain.Meeting;
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
 * A body's meetings: scheduled, replanned and recorded as held; their decisions, the actions they allocate, and
 * their packs.
 */
@RestController
@RequestMapping("/api/councils/{council}")
@Tag(name = "Alliance")
class MeetingsApi {

	private final MeetingManagement meetings;

	private final ActionManagement actions;

	private final RecordHistory history;

	private final AllianceExports exports;

	MeetingsApi(MeetingManagement meetings, ActionManagement actions, RecordHistory history, AllianceExports exports) {
		this.meetings = meetings;
		this.actions = actions;
		this.history = history;
		this.exports = exports;
	}

	@GetMapping("/governance-bodies/{id}/meetings")
	@Operation(summary = "A body's meetings, latest first")
	PageResponse<MeetingView> meetings(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) int size) {
		return PageResponse.of(meetings.meetings(id), page, size);
	}

	@PostMapping("/governance-bodies/{id}/meetings")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Schedule a meeting with its theme (optionally a strategy priority) and agenda")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<MeetingView> schedule(@PathVariable String council, @PathVariable long id,
			@RequestBody MeetingRequest request) {
		MeetingView meeting = meetings.schedule(id, request);
		return ResponseEntity.created(ApiAddresses.of(council, "/meetings/" + meeting.id())).body(meeting);
	}

	@GetMapping("/meetings/{id}")
	MeetingView meeting(@PathVariable long id) {
		return meetings.meeting(id);
	}

	@PutMapping("/meetings/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Change a meeting's date, theme or agenda; give the version you read")
	MeetingView replan(@PathVariable long id, @RequestBody MeetingRequest request) {
		return meetings.replan(id, request);
	}

	@PutMapping("/meetings/{id}/record")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Record the meeting as held: attendance per seat, young people present, minutes; give the"
			+ " version you read")
	MeetingView hold(@PathVariable long id, @RequestBody HeldRequest request) {
		return meetings.hold(id, request);
	}

	@GetMapping("/meetings/{id}/history")
	List<RecordHistory.Change> meetingHistory(@PathVariable long id) {
		meetings.meeting(id);
		return history.of(Meeting.class, id);
	}

	@GetMapping("/meetings/{id}/decisions")
	List<DecisionView> decisions(@PathVariable long id) {
		return meetings.decisions(id);
	}

	@PostMapping("/meetings/{id}/decisions")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<DecisionView> decide(@PathVariable String council, @PathVariable long id,
			@RequestBody DecisionRequest request) {
		DecisionView decision = meetings.decide(id, request);
		return ResponseEntity.created(ApiAddresses.of(council, "/meetings/" + id + "/decisions")).body(decision);
	}

	@GetMapping("/meetings/{id}/actions")
	List<ActionView> meetingActions(@PathVariable long id, Authentication caller) {
		return actions.ofMeeting(Caller.of(caller), id);
	}

	@PostMapping("/meetings/{id}/actions")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Allocate an action to a seat or organisation; due by default before the body's next meeting")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ActionView> allocate(@PathVariable String council, @PathVariable long id,
			@RequestBody ActionRequest request) {
		ActionView action = meetings.allocate(id, request);
		return ResponseEntity.created(ApiAddresses.of(council, "/allocated-actions/" + action.id())).body(action);
	}

	@GetMapping("/meetings/{id}/pack.pdf")
	@Operation(summary = "The meeting pack as a PDF: agenda, seats, and the last meeting's actions with their status")
	ResponseEntity<byte[]> pack(@PathVariable String council, @PathVariable long id, Authentication caller) {
		return exports.packPdf(council, id, Caller.of(caller));
	}
}
