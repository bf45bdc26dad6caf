package org.corporateparenting.web.disclosure;

import org.corporateparenting.web.PageController;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The disclosure control as the platform is configured, and on every page as {@code disclosure} for its legend. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DisclosureProperties.class)
class DisclosureConfiguration {

	@Bean
	DisclosureControl disclosureControl(DisclosureProperties properties) {
		return new DisclosureControl(properties);
	}

	@ControllerAdvice(annotations = PageController.class, assignableTypes = ErrorController.class)
	static class DisclosureLegend {

		private final DisclosureControl disclosure;

		DisclosureLegend(DisclosureControl disclosure) {
			this.disclosure = disclosure;
		}

		@ModelAttribute("disclosure")
		DisclosureControl disclosure() {
			return disclosure;
		}
	}
}
