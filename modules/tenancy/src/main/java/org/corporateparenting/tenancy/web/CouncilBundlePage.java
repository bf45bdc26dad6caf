package org.corporateparenting.tenancy.web;

import org.corporateparenting.tenancy.onboarding.BundleExport;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.PageController;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A council admin, signed in, downloads the council's records as a bundle from a link on its home page. */
@PageController
class CouncilBundlePage {

	private final BundleExport export;

	CouncilBundlePage(BundleExport export) {
		this.export = export;
	}

	@GetMapping("/councils/{council}/bundle.zip")
	@PreAuthorize(Access.ADMINISTER)
	ResponseEntity<byte[]> bundle(@PathVariable String council) {
		return CouncilApi.download(council, export);
	}
}
