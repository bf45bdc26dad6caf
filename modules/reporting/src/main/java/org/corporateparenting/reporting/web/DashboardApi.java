package org.corporateparenting.reporting.web;

import org.corporateparenting.reporting.application.Dashboard;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A council's dashboard, as JSON, CSV and XLSX. */
@RestController
@RequestMapping("/api/councils/{council}")
@Tag(name = "Reporting")
class DashboardApi {

	private final Dashboard dashboard;

	private final ReportingExports exports;

	DashboardApi(Dashboard dashboard, ReportingExports exports) {
		this.dashboard = dashboard;
		this.exports = exports;
	}

	@GetMapping("/dashboard")
	@Operation(summary = "The council dashboard, from its read model: actions by RAG per priority, pledges, alliance, "
			+ "voice of the child, indicator tiles")
	Dashboard.View dashboard() {
		return dashboard.view();
	}

	@GetMapping("/dashboard.csv")
	ResponseEntity<byte[]> dashboardCsv(@PathVariable String council) {
		return exports.dashboard(council, false);
	}

	@GetMapping("/dashboard.xlsx")
	ResponseEntity<byte[]> dashboardXlsx(@PathVariable String council) {
		return exports.dashboard(council, true);
	}
}
