package org.corporateparenting.platform.web;

import java.util.Comparator;
import java.util.List;

import org.corporateparenting.tenancy.Council;
import org.corporateparenting.tenancy.CouncilRequestFilter;
import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.tenancy.Partnership;
import org.corporateparenting.web.CouncilHomePanel;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.PageController;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A council's home page: who the council is and which partnerships it compares itself in, then the panels the
 * modules contribute. The council filter has already checked the visitor belongs to this council.
 */
@PageController
class CouncilHomePage {

	private final Councils councils;

	private final List<CouncilHomePanel> panels;

	private final TransactionTemplate readOnly;

	CouncilHomePage(Councils councils, List<CouncilHomePanel> panels, PlatformTransactionManager transactions) {
		this.councils = councils;
		this.panels = panels.stream().sorted(Comparator.comparingInt(CouncilHomePanel::order)).toList();
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	@GetMapping("/councils/{slug}")
	String home(@PathVariable String slug, HttpServletRequest request, Model model) {
		Council council = CouncilRequestFilter.councilOf(request)
			.or(() -> councils.find(slug))
			.orElseThrow(() -> new NotFoundException("No council " + slug));
		List<Partnership> partnerships = council.partnerships()
			.stream()
			.flatMap(p -> councils.findPartnership(p).stream())
			.toList();
		model.addAttribute("council", council);
		model.addAttribute("partnerships", partnerships);
		// One transaction for every panel: one connection, one schema switch at most and one commit for the page.
		model.addAttribute("panels", readOnly.execute(status -> panels.stream()
			.map(panel -> new RenderedPanel(panel.template(), panel.model(slug)))
			.toList()));
		return "council/home";
	}

	record RenderedPanel(String template, java.util.Map<String, Object> model) {
	}
}
