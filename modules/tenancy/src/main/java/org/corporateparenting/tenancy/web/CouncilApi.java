package org.corporateparenting.tenancy.web;

import org.corporateparenting.tenancy.Council;
import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A council's own profile, for its signed-in people: name, ONS code, region, partnerships. */
@RestController
@Tag(name = "Council")
class CouncilApi {

	private final Councils councils;

	CouncilApi(Councils councils) {
		this.councils = councils;
	}

	@GetMapping("/api/councils/{council}")
	@Operation(summary = "The council's profile")
	Council profile(@PathVariable String council) {
		return councils.find(council).orElseThrow(() -> new NotFoundException("No council " + council));
	}
}
