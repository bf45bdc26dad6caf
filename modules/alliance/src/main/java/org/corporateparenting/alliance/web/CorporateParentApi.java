package org.corporateparenting.alliance.web;

import org.corporateparenting.alliance.application.AllianceRequests.CorporateParentRequest;
import org.corporateparenting.alliance.application.AllianceViews.CorporateParentView;
import org.corporateparenting.alliance.application.CorporateParentManagement;
import org.corporateparenting.web.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Whether a partner organisation is a relevant corporate parent under the Children's Wellbeing and Schools Act 2026,
 * and its duties; the changes are in the organisation's history.
 */
@RestController
@RequestMapping("/api/councils/{council}/partner-organisations/{id}/corporate-parent")
@Tag(name = "Alliance")
class CorporateParentApi {

	private final CorporateParentManagement duties;

	CorporateParentApi(CorporateParentManagement duties) {
		this.duties = duties;
	}

	@GetMapping
	@Operation(summary = "Whether the organisation is a relevant corporate parent, and the duties that apply to it")
	CorporateParentView corporateParentDuties(@PathVariable long id) {
		return duties.duties(id);
	}

	@PutMapping
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Record whether the organisation is a relevant corporate parent and its duties; give the"
			+ " organisation's version you read")
	CorporateParentView recordCorporateParentDuties(@PathVariable long id, @RequestBody CorporateParentRequest request) {
		return duties.record(id, request);
	}
}
