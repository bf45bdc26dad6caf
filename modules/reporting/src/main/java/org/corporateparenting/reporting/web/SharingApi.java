package org.corporateparenting.reporting.web;

import java.security.Principal;
import java.util.List;

import org.corporateparenting.reporting.application.Publication;
import org.corporateparenting.web.Access;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What a council shares with each of its partnerships, and the periods it has finalised. */
@RestController
@RequestMapping("/api/councils/{council}")
@Tag(name = "Reporting")
class SharingApi {

	private final Publication publication;

	SharingApi(Publication publication) {
		this.publication = publication;
	}

	@GetMapping("/sharing")
	@Operation(summary = "Each partnership the council belongs to, with the national indicators it shares there")
	List<Publication.Sharing> sharing() {
		return publication.sharing();
	}

	@PutMapping("/sharing/{partnership}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Choose the national indicators the council shares with one of its partnerships")
	Publication.Sharing share(@PathVariable String partnership, @RequestBody SharingRequest request) {
		return publication.share(partnership, request.indicators() == null ? List.of() : request.indicators());
	}

	@GetMapping("/finalised-periods")
	List<FinalisedEntry> finalisedPeriods() {
		return publication.finalisedPeriods()
			.stream()
			.map(p -> new FinalisedEntry(p.getPeriod().toString(), p.getFinalisedBy(), p.getFinalisedAt()))
			.toList();
	}

	@PostMapping("/finalised-periods")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Finalise a period: its shared values, small numbers suppressed, go to the partnerships")
	@ResponseStatus(HttpStatus.ACCEPTED)
	ResponseEntity<Publication.Finalised> finalise(@RequestBody FinaliseRequest request, Principal author) {
		return ResponseEntity.accepted().body(publication.finalise(request.period(), author.getName()));
	}

	record SharingRequest(@Schema(example = "[\"CL-EET-19-21\", \"CLA-RATE\"]") @Nullable List<String> indicators) {
	}

	record FinaliseRequest(@Schema(example = "2024-25") @Nullable String period) {
	}

	record FinalisedEntry(String period, String finalisedBy, java.time.Instant finalisedAt) {
	}
}
