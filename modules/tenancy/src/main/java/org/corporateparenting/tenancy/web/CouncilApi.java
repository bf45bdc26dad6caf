package org.corporateparenting.tenancy.web;

import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.tenancy.onboarding.BundleExport;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.CouncilPermissions;
import org.corporateparenting.web.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A council's own profile, for its signed-in people (name, ONS code, region, partnerships), and for its admins all
 * its records as a bundle of its files.
 */
@RestController
@Tag(name = "Council")
class CouncilApi {

	private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	private final Councils councils;

	private final BundleExport export;

	CouncilApi(Councils councils, BundleExport export) {
		this.councils = councils;
		this.export = export;
	}

	@GetMapping("/api/councils/{council}")
	@Operation(summary = "The council's profile; the identity issuers it trusts for its admins only")
	CouncilProfile profile(@PathVariable String council, Authentication caller) {
		return CouncilProfile.of(councils.find(council).orElseThrow(() -> new NotFoundException("No council " + council)),
				CouncilPermissions.of(caller).administer());
	}

	@GetMapping(path = "/api/councils/{council}/bundle", produces = "application/zip")
	@PreAuthorize(Access.ADMINISTER)
	@Operation(summary = "The council's records as a bundle of its files (council.yaml, strategy.yaml ...) in one zip,"
			+ " in the formats onboarding reads")
	ResponseEntity<byte[]> bundle(@PathVariable String council) {
		return download(council, export);
	}

	/** The bundle as a download, for the API and for the council admin's link on the council's home page. */
	static ResponseEntity<byte[]> download(String council, BundleExport export) {
		return ResponseEntity.ok()
			.contentType(ZIP)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(council + "-bundle.zip").build().toString())
			.body(export.zip());
	}
}
