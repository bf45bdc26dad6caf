package org.corporateparenting.tenancy.context;

import org.corporateparenting.tenancy.CouncilContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Carries the council context onto the threads that run asynchronous work: Spring Boot applies this decorator to
 * the application's task executor, so {@code @Async} methods and asynchronous event listeners (virtual threads
 * included) run in the council of the work that started them. Scheduled jobs belong to no council; they visit
 * councils with {@link org.corporateparenting.tenancy.Councils#forEachActive}.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class ContextPropagationConfiguration {

	@Bean
	TaskDecorator councilContextPropagation() {
		return CouncilContext::wrap;
	}
}
