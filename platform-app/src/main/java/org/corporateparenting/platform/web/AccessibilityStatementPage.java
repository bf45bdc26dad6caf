package org.corporateparenting.platform.web;

import org.corporateparenting.web.PageController;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The accessibility statement the Public Sector Bodies Accessibility Regulations 2018 ask of every council's website
 * and service, in GOV.UK's model format, open to everyone (young people answering a survey too) from every footer.
 */
@PageController
@EnableConfigurationProperties(AccessibilityProperties.class)
class AccessibilityStatementPage {

	private final AccessibilityProperties properties;

	AccessibilityStatementPage(AccessibilityProperties properties) {
		this.properties = properties;
	}

	@GetMapping("/accessibility")
	String statement(Model model) {
		model.addAttribute("accessibility", properties);
		return "accessibility";
	}
}
