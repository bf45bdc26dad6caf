package org.corporateparenting.alliance.web;

import java.net.URI;
import java.util.List;

import org.corporateparenting.alliance.application.ActionManagement;
import org.corporateparenting.alliance.application.AllianceRequests.ActionRequest;
import org.corporateparenting.alliance.application.AllianceRequests.ActionUpdateRequest;
import org.corporateparenting.alliance.application.AllianceRequests.ApprovalRequest;
import org.corporateparenting.alliance.application.AllianceRequests.BodyRequest;
import org.corporateparenting.alliance.application.AllianceRequests.DecisionRequest;
import org.corporateparenting.alliance.application.AllianceRequests.HeldRequest;
import org.corporateparenting.alliance.application.AllianceRequests.MeetingRequest;
import org.corporateparenting.alliance.application.AllianceRequests.OrganisationRequest;
import org.corporateparenting.alliance.application.AllianceRequests.PartnerPledgeRequest;
import org.corporateparenting.alliance.application.AllianceRequests.PartnerPledgeUpdateRequest;
import org.corporateparenting.alliance.application.AllianceRequests.SeatRequest;
import org.corporateparenting.alliance.application.AllianceRequests.TermsOfReferenceRequest;
import org.corporateparenting.alliance.application.AllianceViews.ActionUpdateView;
import org.corporateparenting.alliance.application.AllianceViews.ActionView;
import org.corporateparenting.alliance.application.AllianceViews.BodyView;
import org.corporateparenting.alliance.application.AllianceViews.DecisionView;
import org.corporateparenting.alliance.application.AllianceViews.MeetingView;
import org.corporateparenting.alliance.application.AllianceViews.OrganisationView;
import org.corporateparenting.alliance.application.AllianceViews.PartnerPledgeUpdateView;
import org.corporateparenting.alliance.application.AllianceViews.PartnerPledgeView;
import org.corporateparenting.alliance.application.AllianceViews.SeatView;
import org.corporateparenting.alliance.application.AllianceViews.TermsOfReferenceView;
import org.corporateparenting.alliance.application.Caller;
import org.corporateparenting.alliance.application.GovernanceManagement;
import org.corporateparenting.alliance.application.GovernanceManagement.BodyCadence;
import org.corporateparenting.alliance.application.MeetingManagement;
import org.corporateparenting.alliance.application.PartnerManagement;
import org.corporateparenting.alliance.domain.AllocatedAction;
import org.corporateparenting.alliance.domain.GovernanceBody;
import org.corporateparenting.alliance.domain.Meeting;
import org.corporateparenting.alliance.domain.PartnerOrganisation;
import org.corporateparenting.alliance.domain.PartnerPledge;
import org.corporateparenting.alliance.domain.Seat;
import org.corporateparenting.alliance.domain.TermsOfReference;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.PageResponse;
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
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A council's governance bodies, their terms of reference, seats and meetings; decisions and allocated actions;
 * partner organisations and their pledges. Partners see and update only their own organisation's actions and
 * pledges.
 */
@RestController
@RequestMapping("/api/councils/{council}")
@Tag(name = "Alliance")
class AllianceApi {

	private final GovernanceManagement governance;

	private final MeetingManagement meetings;

	private final ActionManagement actions;

	private final PartnerManagement partners;

	private final RecordHistory history;

	private final AllianceExports exports;

	AllianceApi(GovernanceManagement governance, MeetingManagement meetings, ActionManagement actions,
			PartnerManagement partners, RecordHistory history, AllianceExports exports) {
		this.governance = governance;
		this.meetings = meetings;
		this.actions = actions;
		this.partners = partners;
		this.history = history;
		this.exports = exports;
	}

	private static URI at(String council, String path) {
		return URI.create("/api/councils/" + council + path);
	}

	// Bodies

	@GetMapping("/governance-bodies")
	@Operation(summary = "The council's governance bodies, each followed by the bodies reporting to it")
	List<GovernanceManagement.BodyInTree> bodies() {
		return governance.tree();
	}

	@PostMapping("/governance-bodies")
	@PreAuthorize(Access.EDIT)
	ResponseEntity<BodyView> createBody(@PathVariable String council, @RequestBody BodyRequest request) {
		BodyView body = governance.create(request);
		return ResponseEntity.created(at(council, "/governance-bodies/" + body.id())).body(body);
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

	// Terms of reference

	@GetMapping("/governance-bodies/{id}/terms-of-reference")
	@Operation(summary = "Every edition of a body's terms of reference, newest first")
	List<TermsOfReferenceView> editions(@PathVariable long id) {
		return governance.editions(id);
	}

	@PostMapping("/governance-bodies/{id}/terms-of-reference")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Start a new edition of a body's terms of reference, as a draft")
	ResponseEntity<TermsOfReferenceView> draft(@PathVariable String council, @PathVariable long id,
			@RequestBody TermsOfReferenceRequest request) {
		TermsOfReferenceView edition = governance.draft(id, request);
		return ResponseEntity.created(at(council, "/terms-of-reference/" + edition.id())).body(edition);
	}

	@GetMapping("/terms-of-reference/{id}")
	TermsOfReferenceView termsOfReference(@PathVariable long id) {
		return governance.termsOfReference(id);
	}

	@PutMapping("/terms-of-reference/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Change a draft edition; give the version you read")
	TermsOfReferenceView revise(@PathVariable long id, @RequestBody TermsOfReferenceRequest request) {
		return governance.revise(id, request);
	}

	@PostMapping("/terms-of-reference/{id}/approval")
	@PreAuthorize(Access.APPROVE)
	@Operation(summary = "Bring a draft edition into force; without a review date it is reviewed a year after approval")
	TermsOfReferenceView approve(@PathVariable long id, @RequestBody ApprovalRequest request) {
		return governance.approve(id, request);
	}

	@GetMapping("/terms-of-reference/{id}/history")
	List<RecordHistory.Change> termsHistory(@PathVariable long id) {
		governance.termsOfReference(id);
		return history.of(TermsOfReference.class, id);
	}

	// Seats

	@GetMapping("/governance-bodies/{id}/seats")
	List<SeatView> seats(@PathVariable long id) {
		return governance.seats(id);
	}

	@PostMapping("/governance-bodies/{id}/seats")
	@PreAuthorize(Access.EDIT)
	ResponseEntity<SeatView> addSeat(@PathVariable String council, @PathVariable long id,
			@RequestBody SeatRequest request) {
		SeatView seat = governance.addSeat(id, request);
		return ResponseEntity.created(at(council, "/seats/" + seat.id())).body(seat);
	}

	@GetMapping("/governance-bodies/{id}/membership.csv")
	@Operation(summary = "The body's membership list as CSV: seats, roles, organisations, holders and deputies")
	ResponseEntity<byte[]> membership(@PathVariable String council, @PathVariable long id) {
		return exports.membershipCsv(council, id);
	}

	@GetMapping("/seats/{id}")
	SeatView seat(@PathVariable long id) {
		return governance.seat(id);
	}

	@PutMapping("/seats/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Change a seat: confirm its holder, name candidates, or record it vacant; give the version")
	SeatView updateSeat(@PathVariable long id, @RequestBody SeatRequest request) {
		return governance.updateSeat(id, request);
	}

	@GetMapping("/seats/{id}/history")
	List<RecordHistory.Change> seatHistory(@PathVariable long id) {
		governance.seat(id);
		return history.of(Seat.class, id);
	}

	// Meetings

	@GetMapping("/governance-bodies/{id}/meetings")
	@Operation(summary = "A body's meetings, latest first")
	PageResponse<MeetingView> meetings(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) int size) {
		return PageResponse.of(meetings.meetings(id), page, size);
	}

	@PostMapping("/governance-bodies/{id}/meetings")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Schedule a meeting with its theme (optionally a strategy priority) and agenda")
	ResponseEntity<MeetingView> schedule(@PathVariable String council, @PathVariable long id,
			@RequestBody MeetingRequest request) {
		MeetingView meeting = meetings.schedule(id, request);
		return ResponseEntity.created(at(council, "/meetings/" + meeting.id())).body(meeting);
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
	ResponseEntity<DecisionView> decide(@PathVariable String council, @PathVariable long id,
			@RequestBody DecisionRequest request) {
		DecisionView decision = meetings.decide(id, request);
		return ResponseEntity.created(at(council, "/meetings/" + id + "/decisions")).body(decision);
	}

	@GetMapping("/meetings/{id}/actions")
	List<ActionView> meetingActions(@PathVariable long id, Authentication caller) {
		return actions.ofMeeting(Caller.of(caller), id);
	}

	@PostMapping("/meetings/{id}/actions")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Allocate an action to a seat or organisation; due by default before the body's next meeting")
	ResponseEntity<ActionView> allocate(@PathVariable String council, @PathVariable long id,
			@RequestBody ActionRequest request) {
		ActionView action = meetings.allocate(id, request);
		return ResponseEntity.created(at(council, "/allocated-actions/" + action.id())).body(action);
	}

	@GetMapping("/meetings/{id}/pack.pdf")
	@Operation(summary = "The meeting pack as a PDF: agenda, seats, and the last meeting's actions with their status")
	ResponseEntity<byte[]> pack(@PathVariable String council, @PathVariable long id, Authentication caller) {
		return exports.packPdf(council, id, Caller.of(caller));
	}

	// Allocated actions

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
	ResponseEntity<ActionUpdateView> progress(@PathVariable String council, @PathVariable long id,
			@RequestBody ActionUpdateRequest request, Authentication caller) {
		ActionUpdateView update = actions.progress(Caller.of(caller), id, request);
		return ResponseEntity.created(at(council, "/allocated-actions/" + id + "/updates")).body(update);
	}

	@GetMapping("/allocated-actions/{id}/history")
	List<RecordHistory.Change> actionHistory(@PathVariable long id, Authentication caller) {
		actions.action(Caller.of(caller), id);
		return history.of(AllocatedAction.class, id);
	}

	// Partner organisations

	@GetMapping("/partner-organisations")
	PageResponse<OrganisationView> organisations(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) int size) {
		return PageResponse.of(partners.organisations(), page, size);
	}

	@PostMapping("/partner-organisations")
	@PreAuthorize(Access.EDIT)
	ResponseEntity<OrganisationView> createOrganisation(@PathVariable String council,
			@RequestBody OrganisationRequest request) {
		OrganisationView organisation = partners.create(request);
		return ResponseEntity.created(at(council, "/partner-organisations/" + organisation.id())).body(organisation);
	}

	@GetMapping("/partner-organisations/{id}")
	OrganisationView organisation(@PathVariable long id) {
		return partners.organisation(id);
	}

	@PutMapping("/partner-organisations/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Change an organisation's name, sector or contacts; its key stays; give the version you read")
	OrganisationView updateOrganisation(@PathVariable long id, @RequestBody OrganisationRequest request) {
		return partners.update(id, request);
	}

	@GetMapping("/partner-organisations/{id}/history")
	List<RecordHistory.Change> organisationHistory(@PathVariable long id) {
		partners.organisation(id);
		return history.of(PartnerOrganisation.class, id);
	}

	// Partner pledges

	@GetMapping("/partner-pledges")
	@Operation(summary = "Partners' organisational pledges with their ratings; a partner sees their own only")
	PageResponse<PartnerPledgeView> pledges(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) int size, Authentication caller) {
		return PageResponse.of(partners.pledges(Caller.of(caller)), page, size);
	}

	@PostMapping("/partner-pledges")
	@PreAuthorize(Access.EDIT)
	ResponseEntity<PartnerPledgeView> commit(@PathVariable String council, @RequestBody PartnerPledgeRequest request) {
		PartnerPledgeView pledge = partners.commit(request);
		return ResponseEntity.created(at(council, "/partner-pledges/" + pledge.id())).body(pledge);
	}

	@GetMapping("/partner-pledges/{id}")
	PartnerPledgeView pledge(@PathVariable long id, Authentication caller) {
		return partners.pledge(Caller.of(caller), id);
	}

	@PutMapping("/partner-pledges/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Reword a partner's pledge; give the version you read")
	PartnerPledgeView revise(@PathVariable long id, @RequestBody PartnerPledgeRequest request) {
		return partners.revise(id, request);
	}

	@GetMapping("/partner-pledges/{id}/updates")
	List<PartnerPledgeUpdateView> pledgeUpdates(@PathVariable long id, Authentication caller) {
		return partners.updates(Caller.of(caller), id);
	}

	@PostMapping("/partner-pledges/{id}/updates")
	@PreAuthorize(Access.REPORT_PROGRESS)
	@Operation(summary = "Report progress on a pledge with a red, amber or green rating; partners for their own")
	ResponseEntity<PartnerPledgeUpdateView> reportOnPledge(@PathVariable String council, @PathVariable long id,
			@RequestBody PartnerPledgeUpdateRequest request, Authentication caller) {
		PartnerPledgeUpdateView update = partners.progress(Caller.of(caller), id, request);
		return ResponseEntity.created(at(council, "/partner-pledges/" + id + "/updates")).body(update);
	}

	@GetMapping("/partner-pledges/{id}/history")
	List<RecordHistory.Change> pledgeHistory(@PathVariable long id, Authentication caller) {
		partners.pledge(Caller.of(caller), id);
		return history.of(PartnerPledge.class, id);
	}
}
