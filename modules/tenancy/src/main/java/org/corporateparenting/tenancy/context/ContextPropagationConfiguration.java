package org.corporateparenting.tenancy.context;

import java.util.Map;

import org.slf4j.MDC;
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

	/** The council, and the logging context (user, request id) of the work that started the task. */
	@Bean
	TaskDecorator councilContextPropagation() {
		return task -> {
			Map<String, String> logContext = MDC.getCopyOfContextMap();
			Runnable inCouncil = CouncilContext.wrap(task);
			return () -> {
				Map<String, String> before = MDC.getCopyOfContextMap();
				if (logContext != null) {
					MDC.setContextMap(logContext);
				}
				try {
					inCouncil.run();
				}
				finally {
					if (before == null) {
						MDC.clear();
					}
					else {
						MDC.setContextMap(before);
					}
				}
			};
		};
	}
}
