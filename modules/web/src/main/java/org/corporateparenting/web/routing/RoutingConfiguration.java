package org.corporateparenting.web.routing;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Spring MVC finds handlers through {@link QuickRefusalHandlerMapping}. */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

	@Bean
	WebMvcRegistrations quickRefusalHandlerMapping() {
		return new WebMvcRegistrations() {

			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new QuickRefusalHandlerMapping();
			}
		};
	}
}
