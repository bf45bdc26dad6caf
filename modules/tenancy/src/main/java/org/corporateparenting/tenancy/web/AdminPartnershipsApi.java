package org.corporateparenting.tenancy.web;

import java.net.URI;
import java.security.Principal;

import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.tenancy.Partnership;
import org.corporateparenting.tenancy.onboarding.PartnershipAdministration;
import org.corporateparenting.tenancy.onboarding.PartnershipRequest;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

/** Platform admins' API for partnerships of councils. */
@RestController
@RequestMapping("/api/admin/partnerships")
@Tag(name = "Admin: partnerships")
class AdminPartnershipsApi {

	private final Councils councils;

	private final PartnershipAdministration administration;

	AdminPartnershipsApi(Councils councils, PartnershipAdministration administration) {
		this.councils = councils;
		this.administration = administration;
	}

	@GetMapping
	@Operation(summary = "Every partnership, in name order")
	PageResponse<Partnership> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) int size) {
		return PageResponse.of(councils.partnerships(), page, size);
	}

	@GetMapping("/{partnership}")
	Partnership get(@PathVariable String partnership) {
		return councils.findPartnership(partnership)
			.orElseThrow(() -> new NotFoundException("No partnership " + partnership + " exists"));
	}

	@PostMapping
	@Operation(summary = "Create a partnership, optionally with its first member councils")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<Partnership> create(@RequestBody PartnershipRequest request, Principal admin) {
		Partnership created = administration.create(request, admin.getName());
		return ResponseEntity.created(URI.create("/api/admin/partnerships/" + created.slug())).body(created);
	}

	@PutMapping("/{partnership}/councils/{council}")
	@Operation(summary = "Add a council to a partnership (adding a member again changes nothing)")
	Partnership addCouncil(@PathVariable String partnership, @PathVariable String council, Principal admin) {
		return administration.addCouncil(partnership, council, admin.getName());
	}

	@DeleteMapping("/{partnership}/councils/{council}")
	@Operation(summary = "Remove a council from a partnership")
	Partnership removeCouncil(@PathVariable String partnership, @PathVariable String council, Principal admin) {
		return administration.removeCouncil(partnership, council, admin.getName());
	}
}
