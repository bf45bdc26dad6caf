package org.corporateparenting.safeguarding.web;

import java.util.List;

import org.corporateparenting.safeguarding.application.DisclosureReviews;
import org.corporateparenting.safeguarding.application.SafeguardingRequests.OutcomeRequest;
import org.corporateparenting.safeguarding.application.SafeguardingViews.DisclosureSummary;
import org.corporateparenting.safeguarding.application.SafeguardingViews.DisclosureView;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.PageResponse;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The review queue of possible disclosures, for the council's safeguarding lead only (its admins while no lead is
 * named): everyone else in the council gets 403.
 */
@RestController
@RequestMapping("/api/councils/{council}/safeguarding/disclosures")
@Tag(name = "Safeguarding")
class DisclosuresApi {

	private final DisclosureReviews reviews;

	DisclosuresApi(DisclosureReviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping
	@Operation(summary = "Possible disclosures still to deal with (or, with open=false, those with an outcome), newest"
			+ " first: where each came from, never the words")
	PageResponse<DisclosureSummary> queue(Authentication caller, @RequestParam(defaultValue = "true") boolean open,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) int size) {
		return reviews.queue(caller, open, page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One possible disclosure: the words, the question they answer and the survey or forum, and"
			+ " nothing else of the response; the reading is kept in its history")
	DisclosureView disclosure(Authentication caller, @PathVariable long id) {
		return reviews.read(caller, id);
	}

	@PutMapping("/{id}/outcome")
	@Operation(summary = "Record what was done (NO_CONCERN, CHILDRENS_SOCIAL_CARE, POLICE, or OTHER with a note),"
			+ " quoting the version read")
	DisclosureView outcome(Authentication caller, @PathVariable long id, @RequestBody OutcomeRequest request) {
		return reviews.record(caller, id, request);
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Who flagged, read and recorded an outcome for a possible disclosure, and when, newest first")
	List<RecordHistory.Change> history(Authentication caller, @PathVariable long id) {
		return reviews.history(caller, id);
	}
}
