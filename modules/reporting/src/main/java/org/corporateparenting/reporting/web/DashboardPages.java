package org.corporateparenting.reporting.web;

import java.util.Map;

import org.corporateparenting.alliance.PartnerOfferDirectory;
import org.corporateparenting.reporting.application.Dashboard;
import org.corporateparenting.reporting.application.RagChart;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.PageController;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The council's dashboard, and its figures as CSV and XLSX. */
@PageController
@RequestMapping("/councils/{council}")
class DashboardPages {

	private final Dashboard dashboard;

	private final ReportingExports exports;

	private final PartnerOfferDirectory partnerOffers;

	DashboardPages(Dashboard dashboard, ReportingExports exports, PartnerOfferDirectory partnerOffers) {
		this.dashboard = dashboard;
		this.exports = exports;
		this.partnerOffers = partnerOffers;
	}

	@GetMapping("/dashboard")
	String dashboard(Model model, Authentication caller) {
		Dashboard.View view = dashboard.view();
		model.addAttribute("dashboard", view);
		model.addAttribute("ragChart", RagChart.svg(view.priorities()));
		// Read as it is (one query), not kept in the read model: partners change their offers' figures rarely.
		model.addAttribute("partnerOffers", partnerOffers.byArea());
		return ReportingPageSupport.page(model, caller, FormErrors.none(), Map.of(), "reporting/dashboard");
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
