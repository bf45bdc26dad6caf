package org.corporateparenting.tenancy.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.corporateparenting.tenancy.Council;
import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.tenancy.events.IncompletePublications;
import org.corporateparenting.tenancy.offboarding.CouncilOffboarding;
import org.corporateparenting.tenancy.offboarding.OffboardedCouncil;
import org.corporateparenting.tenancy.onboarding.CouncilLifecycle;
import org.corporateparenting.tenancy.onboarding.CouncilOnboarding;
import org.corporateparenting.tenancy.onboarding.OnboardingRequest;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.PageResponse;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Platform admins' API for councils: list, onboard, suspend, reactivate, offboard. Never a council's own records,
 * except as the export an offboarded council leaves behind.
 */
@RestController
@RequestMapping("/api/admin/councils")
@Tag(name = "Admin: councils")
class AdminCouncilsApi {

	private final Councils councils;

	private final CouncilOnboarding onboarding;

	private final CouncilLifecycle lifecycle;

	private final CouncilOffboarding offboarding;

	private final IncompletePublications publications;

	AdminCouncilsApi(Councils councils, CouncilOnboarding onboarding, CouncilLifecycle lifecycle,
			CouncilOffboarding offboarding, IncompletePublications publications) {
		this.councils = councils;
		this.publications = publications;
		this.onboarding = onboarding;
		this.lifecycle = lifecycle;
		this.offboarding = offboarding;
	}

	@GetMapping
	@Operation(summary = "Every council on the platform, with its status, in name order")
	PageResponse<Council> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) int size) {
		return PageResponse.of(councils.all(), page, size);
	}

	@GetMapping("/event-publications")
	@Operation(summary = "Each active council's event publications whose listeners have not completed yet (a count"
			+ " only: the events themselves are the council's); they are tried again every 30 seconds")
	List<IncompleteEvents> incompleteEvents() {
		return publications.countsByCouncil()
			.entrySet()
			.stream()
			.map(entry -> new IncompleteEvents(entry.getKey(), entry.getValue()))
			.toList();
	}

	record IncompleteEvents(String council, long incomplete) {
	}

	@GetMapping("/{slug}")
	@Operation(summary = "One council's registry entry")
	Council get(@PathVariable String slug) {
		return councils.find(slug).orElseThrow(() -> new NotFoundException("No council " + slug + " is on the platform"));
	}

	@PostMapping
	@Operation(summary = "Onboard a council: register it, create and migrate its schema, activate it")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<Council> onboard(@RequestBody OnboardingRequest request, Principal admin) {
		Council council = onboarding.onboard(request, admin.getName());
		return ResponseEntity.created(URI.create("/api/admin/councils/" + council.slug())).body(council);
	}

	@PostMapping("/{slug}/suspend")
	@Operation(summary = "Suspend a council: its users are refused, its records kept")
	Council suspend(@PathVariable String slug, Principal admin) {
		return lifecycle.suspend(slug, admin.getName());
	}

	@PostMapping("/{slug}/reactivate")
	@Operation(summary = "Reactivate a suspended council")
	Council reactivate(@PathVariable String slug, Principal admin) {
		return lifecycle.reactivate(slug, admin.getName());
	}

	@PostMapping("/{slug}/offboard")
	@Operation(summary = "Offboard a council: export every table of its schema to a zip, then drop the schema;"
			+ " the council stays in the registry as offboarded")
	OffboardedCouncil offboard(@PathVariable String slug, Principal admin) {
		return offboarding.offboard(slug, admin.getName());
	}

	@GetMapping("/{slug}/export")
	@Operation(summary = "Download an offboarded council's export (CSV per table and manifest.json, zipped)")
	ResponseEntity<Resource> export(@PathVariable String slug) {
		return ExportDownload.of(offboarding, slug);
	}
}
