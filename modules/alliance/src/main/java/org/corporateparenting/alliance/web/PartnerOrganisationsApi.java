package org.corporateparenting.alliance.web;

import java.util.List;

import org.corporateparenting.alliance.application.AllianceRequests.OrganisationRequest;
import org.corporateparenting.alliance.application.AllianceViews.OrganisationView;
import org.corporateparenting.alliance.application.OrganisationManagement;
import org.corporateparenting.alliance.domain.PartnerOrganisation;
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

/** The partner organisations on the alliance, with their sector and contacts (by role). */
@RestController
@RequestMapping("/api/councils/{council}")
@Tag(name = "Alliance")
class PartnerOrganisationsApi {

	private final OrganisationManagement organisations;

	private final RecordHistory history;

	PartnerOrganisationsApi(OrganisationManagement organisations, RecordHistory history) {
		this.organisations = organisations;
		this.history = history;
	}

	@GetMapping("/partner-organisations")
	PageResponse<OrganisationView> organisations(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) int size) {
		return PageResponse.of(organisations.organisations(), page, size);
	}

	@PostMapping("/partner-organisations")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<OrganisationView> createOrganisation(@PathVariable String council,
			@RequestBody OrganisationRequest request) {
		OrganisationView organisation = organisations.create(request);
		return ResponseEntity.created(ApiAddresses.of(council, "/partner-organisations/" + organisation.id())).body(organisation);
	}

	@GetMapping("/partner-organisations/{id}")
	OrganisationView organisation(@PathVariable long id) {
		return organisations.organisation(id);
	}

	@PutMapping("/partner-organisations/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Change an organisation's name, sector or contacts; its key stays; give the version you read")
	OrganisationView updateOrganisation(@PathVariable long id, @RequestBody OrganisationRequest request) {
		return organisations.update(id, request);
	}

	@GetMapping("/partner-organisations/{id}/history")
	List<RecordHistory.Change> organisationHistory(@PathVariable long id) {
		organisations.organisation(id);
		return history.of(PartnerOrganisation.class, id);
	}
}
