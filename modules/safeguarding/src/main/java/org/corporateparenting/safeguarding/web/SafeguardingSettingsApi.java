package org.corporateparenting.safeguarding.web;

import java.util.List;

import org.corporateparenting.safeguarding.application.SafeguardingRequests.SettingsRequest;
import org.corporateparenting.safeguarding.application.SafeguardingSettingsManagement;
import org.corporateparenting.safeguarding.application.SafeguardingViews.SettingsView;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The council's safeguarding settings, for its admins: the lead, whom to tell while there is none, the screening list. */
@RestController
@RequestMapping("/api/councils/{council}/safeguarding/settings")
@PreAuthorize(Access.ADMINISTER)
@Tag(name = "Safeguarding")
class SafeguardingSettingsApi {

	private final SafeguardingSettingsManagement settings;

	SafeguardingSettingsApi(SafeguardingSettingsManagement settings) {
		this.settings = settings;
	}

	@GetMapping
	@Operation(summary = "The council's safeguarding lead, the admins' mailbox told while no lead is named, and the"
			+ " screening list in use (the platform's unless the council has its own)")
	SettingsView settings() {
		return settings.view();
	}

	@PutMapping
	@Operation(summary = "Name the safeguarding lead, and keep the platform's screening list or give the council's own"
			+ " (each pattern a regular expression), quoting the version read")
	SettingsView change(@RequestBody SettingsRequest request) {
		return settings.change(request);
	}

	@GetMapping("/history")
	@Operation(summary = "Every saved change to the council's safeguarding settings, newest first")
	List<RecordHistory.Change> history() {
		return settings.history();
	}
}
