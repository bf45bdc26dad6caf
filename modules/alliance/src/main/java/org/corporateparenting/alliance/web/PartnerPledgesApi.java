package org.corporateparenting.alliance.web;

import java.util.List;

import org.corporateparenting.alliance.application.AllianceRequests.PartnerPledgeRequest;
import org.corporateparenting.alliance.application.AllianceRequests.PartnerPledgeUpdateRequest;
import org.corporateparenting.alliance.application.AllianceViews.PartnerPledgeUpdateView;
import org.corporateparenting.alliance.application.AllianceViews.PartnerPledgeView;
import org.corporateparenting.alliance.application.Caller;
import org.corporateparenting.alliance.application.PartnerPledgeManagement;
import org.corporateparenting.alliance.domain.PartnerPledge;
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
 * The pledges partner organisations made and the progress they report with their rating. Partners see and report on
 * only their own.
 */
@RestController
@RequestMapping("/api/councils/{council}")
@Tag(name = "Alliance")
class PartnerPledgesApi {

	private final PartnerPledgeManagement pledges;

	private final RecordHistory history;

	PartnerPledgesApi(PartnerPledgeManagement pledges, RecordHistory history) {
		this.pledges = pledges;
		this.history = history;
	}

	@GetMapping("/partner-pledges")
	@Operation(summary = "Partners' organisational pledges with their ratings; a partner sees their own only")
	PageResponse<PartnerPledgeView> pledges(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) int size, Authentication caller) {
		return PageResponse.of(pledges.pledges(Caller.of(caller)), page, size);
	}

	@PostMapping("/partner-pledges")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<PartnerPledgeView> commit(@PathVariable String council, @RequestBody PartnerPledgeRequest request) {
		PartnerPledgeView pledge = pledges.commit(request);
		return ResponseEntity.created(ApiAddresses.of(council, "/partner-pledges/" + pledge.id())).body(pledge);
	}

	@GetMapping("/partner-pledges/{id}")
	PartnerPledgeView pledge(@PathVariable long id, Authentication caller) {
		return pledges.pledge(Caller.of(caller), id);
	}

	@PutMapping("/partner-pledges/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Reword a partner's pledge; give the version you read")
	PartnerPledgeView revise(@PathVariable long id, @RequestBody PartnerPledgeRequest request) {
		return pledges.revise(id, request);
	}

	@GetMapping("/partner-pledges/{id}/updates")
	List<PartnerPledgeUpdateView> pledgeUpdates(@PathVariable long id, Authentication caller) {
		return pledges.updates(Caller.of(caller), id);
	}

	@PostMapping("/partner-pledges/{id}/updates")
	@PreAuthorize(Access.REPORT_PROGRESS)
	@Operation(summary = "Report progress on a pledge with a red, amber or green rating; partners for their own")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<PartnerPledgeUpdateView> reportOnPledge(@PathVariable String council, @PathVariable long id,
			@RequestBody PartnerPledgeUpdateRequest request, Authentication caller) {
		PartnerPledgeUpdateView update = pledges.progress(Caller.of(caller), id, request);
		return ResponseEntity.created(ApiAddresses.of(council, "/partner-pledges/" + id + "/updates")).body(update);
	}

	@GetMapping("/partner-pledges/{id}/history")
	List<RecordHistory.Change> pledgeHistory(@PathVariable long id, Authentication caller) {
		pledges.pledge(Caller.of(caller), id);
		return history.of(PartnerPledge.class, id);
	}
}
