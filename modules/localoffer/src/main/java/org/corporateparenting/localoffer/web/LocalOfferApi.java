package org.corporateparenting.localoffer.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.corporateparenting.consultation.ConsultationRecords;
import org.corporateparenting.localoffer.application.Coverage;
import org.corporateparenting.localoffer.application.LocalOfferManagement;
import org.corporateparenting.localoffer.application.LocalOfferRequests.OfferRequest;
import org.corporateparenting.localoffer.application.LocalOfferRequests.SectionRequest;
import org.corporateparenting.localoffer.application.LocalOfferRequests.TransitionRequest;
import org.corporateparenting.localoffer.application.LocalOfferViews.OfferView;
import org.corporateparenting.localoffer.application.LocalOfferViews.SectionView;
import org.corporateparenting.localoffer.domain.LocalOffer;
import org.corporateparenting.localoffer.domain.OfferSection;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.ApiAddresses;
import org.corporateparenting.web.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
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

/** A council's local offer for care leavers: its versions, their sections, the checker and the history. */
@RestController
@RequestMapping("/api/councils/{council}")
@Tag(name = "Local offer")
class LocalOfferApi {

	private final LocalOfferManagement offers;

	private final ConsultationRecords consultations;

	private final RecordHistory history;

	private final LocalOfferExports exports;

	private final Clock clock;

	LocalOfferApi(LocalOfferManagement offers, ConsultationRecords consultations, RecordHistory history,
			LocalOfferExports exports, Clock clock) {
		this.offers = offers;
		this.consultations = consultations;
		this.history = history;
		this.exports = exports;
		this.clock = clock;
	}

	@GetMapping("/local-offers")
	@Operation(summary = "Every version of the council's local offer, newest first, with its sections and flags")
	PageResponse<OfferView> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) int size) {
		LocalDate today = LocalDate.now(clock);
		return PageResponse.of(offers.offers().stream().map(offer -> OfferView.of(offer, today, null)).toList(), page,
				size);
	}

	@PostMapping("/local-offers")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Start a local offer as a draft")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<OfferView> create(@PathVariable String council, @RequestBody OfferRequest request) {
		LocalOffer offer = offers.create(request);
		return ResponseEntity.created(ApiAddresses.of(council, "/local-offers/" + offer.getId())).body(view(offer));
	}

	@GetMapping("/local-offers/{id}")
	@Operation(summary = "One version of the local offer, with the consultation it went through")
	OfferView offer(@PathVariable long id) {
		return view(offers.offer(id));
	}

	@PutMapping("/local-offers/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Change a draft or consulted-on version; give the version you read (409 if stale)")
	OfferView update(@PathVariable long id, @RequestBody OfferRequest request) {
		return view(offers.update(id, request));
	}

	@PostMapping("/local-offers/{id}/transitions")
	@PreAuthorize(Access.APPROVE)
	@Operation(summary = "Mark a version consulted on, publish it (replacing the one before), put it under review,"
			+ " or confirm it after a review with a new review date")
	OfferView transition(@PathVariable long id, @RequestBody TransitionRequest request) {
		return view(offers.transition(id, request));
	}

	@PostMapping("/local-offers/{id}/next-version")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Start the next version of the published offer: it goes under review and its words are"
			+ " copied into a draft")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<OfferView> nextVersion(@PathVariable String council, @PathVariable long id) {
		LocalOffer next = offers.nextVersion(id);
		return ResponseEntity.created(ApiAddresses.of(council, "/local-offers/" + next.getId()))
			.body(view(offers.offer(next.getId())));
	}

	@GetMapping("/local-offers/{id}/coverage")
	@Operation(summary = "The checker: each area the law names, whether the offer covers it, and the areas missing")
	Coverage coverage(@PathVariable long id) {
		return Coverage.of(offers.offer(id));
	}

	@GetMapping("/local-offers/{id}/history")
	@Operation(summary = "Every change to a version of the offer: who, when and what")
	List<RecordHistory.Change> offerHistory(@PathVariable long id) {
		offers.offer(id);
		return history.of(LocalOffer.class, id);
	}

	@GetMapping("/local-offers/{id}/export.pdf")
	@Operation(summary = "A version of the offer as a PDF to hand to care leavers")
	ResponseEntity<byte[]> pdf(@PathVariable String council, @PathVariable long id) {
		return exports.pdf(council, offers.offer(id));
	}

	@PostMapping("/local-offers/{id}/sections")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Add a section to a draft or consulted-on version")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<SectionView> addSection(@PathVariable String council, @PathVariable long id,
			@RequestBody SectionRequest request) {
		OfferSection section = offers.addSection(id, request);
		return ResponseEntity.created(ApiAddresses.of(council, "/offer-sections/" + section.getId()))
			.body(SectionView.of(section));
	}

	@GetMapping("/offer-sections/{id}")
	SectionView section(@PathVariable long id) {
		return SectionView.of(offers.section(id));
	}

	@PutMapping("/offer-sections/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Rewrite a section of a draft or consulted-on version; give the version you read")
	SectionView rewrite(@PathVariable long id, @RequestBody SectionRequest request) {
		return SectionView.of(offers.rewrite(id, request));
	}

	@DeleteMapping("/offer-sections/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Remove a section from a draft or consulted-on version; give the version you read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> remove(@PathVariable long id, @RequestParam(required = false) Long version) {
		offers.remove(id, version);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/offer-sections/{id}/history")
	@Operation(summary = "Every change to a section of the offer")
	List<RecordHistory.Change> sectionHistory(@PathVariable long id) {
		offers.section(id);
		return history.of(OfferSection.class, id);
	}

	private OfferView view(LocalOffer offer) {
		var consultation = offer.getConsultationId() == null ? null
				: consultations.find(offer.getConsultationId()).orElse(null);
		return OfferView.of(offer, LocalDate.now(clock), consultation);
	}
}
