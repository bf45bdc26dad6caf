package org.corporateparenting.alliance.web;

import java.util.List;

import org.corporateparenting.alliance.PartnerOfferDirectory.AreaTakeUp;
import org.corporateparenting.alliance.application.AllianceRequests.PartnerOfferRequest;
import org.corporateparenting.alliance.application.AllianceViews.PartnerOfferView;
import org.corporateparenting.alliance.application.Caller;
import org.corporateparenting.alliance.application.PartnerOfferManagement;
import org.corporateparenting.alliance.domain.PartnerOffer;
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
 * What partner organisations offer care leavers in the Care Leaver Covenant's areas, with take-up by quarter. Partners
 * make and change their own organisation's offers only.
 */
@RestController
@RequestMapping("/api/councils/{council}/partner-offers")
@Tag(name = "Alliance")
class PartnerOffersApi {

	private final PartnerOfferManagement offers;

	private final RecordHistory history;

	PartnerOffersApi(PartnerOfferManagement offers, RecordHistory history) {
		this.offers = offers;
		this.history = history;
	}

	@GetMapping
	@Operation(summary = "Partners' offers to care leavers, by area, organisation and title, with take-up by quarter")
	PageResponse<PartnerOfferView> partnerOffers(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) int size) {
		return PageResponse.of(offers.offerViews(), page, size);
	}

	@GetMapping("/by-area")
	@Operation(summary = "Each Care Leaver Covenant area's offers, places and the take-up of its latest quarter")
	List<AreaTakeUp> partnerOffersByArea() {
		return offers.byArea();
	}

	@PostMapping
	@PreAuthorize(Access.REPORT_PROGRESS)
	@Operation(summary = "Record an offer; partners for their own organisation only")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<PartnerOfferView> makePartnerOffer(@PathVariable String council, @RequestBody PartnerOfferRequest request,
			Authentication caller) {
		PartnerOfferView offer = offers.make(Caller.of(caller), request);
		return ResponseEntity.created(ApiAddresses.of(council, "/partner-offers/" + offer.id())).body(offer);
	}

	@GetMapping("/{id}")
	PartnerOfferView partnerOffer(@PathVariable long id) {
		return offers.offerView(id);
	}

	@PutMapping("/{id}")
	@PreAuthorize(Access.REPORT_PROGRESS)
	@Operation(summary = "Change an offer and its take-up figures (given whole); partners their own organisation's"
			+ " only; give the version you read")
	PartnerOfferView changePartnerOffer(@PathVariable long id, @RequestBody PartnerOfferRequest request, Authentication caller) {
		return offers.change(Caller.of(caller), id, request);
	}

	@GetMapping("/{id}/history")
	List<RecordHistory.Change> partnerOfferHistory(@PathVariable long id) {
		offers.offerView(id);
		return history.of(PartnerOffer.class, id);
	}
}
