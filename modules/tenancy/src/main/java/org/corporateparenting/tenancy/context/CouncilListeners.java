package org.corporateparenting.tenancy.context;

import java.lang.reflect.Method;

import org.aopalliance.intercept.MethodInterceptor;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.CouncilEvent;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.StaticMethodMatcherPointcutAdvisor;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every module's listeners run in the council their event happened in, the one way, without entering it by hand: a
 * listener method (an {@code @ApplicationModuleListener}, {@code @TransactionalEventListener} or {@code @EventListener})
 * whose event is a {@link CouncilEvent} is called in that council's context. On the listener's own thread, before
 * its transaction begins, so the transaction's connection is on the council's schema: that holds for an event
 * resubmitted after a restart or an outage, with no request to carry the council from, as for one just published.
 * The publication itself is marked where it is stored, outside the council's context (see the advisor's order).
 */
@Configuration(proxyBeanMethods = false)
class CouncilListeners {

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor councilListenerAdvisor() {
		StaticMethodMatcherPointcutAdvisor advisor = new StaticMethodMatcherPointcutAdvisor() {

			@Override
			public boolean matches(Method method, Class<?> targetClass) {
				return (AnnotatedElementUtils.hasAnnotation(method, EventListener.class)
						|| AnnotatedElementUtils.hasAnnotation(method, TransactionalEventListener.class))
						&& method.getParameterCount() == 1
						&& CouncilEvent.class.isAssignableFrom(method.getParameterTypes()[0]);
			}
		};
		advisor.setAdvice((MethodInterceptor) invocation -> {
			CouncilEvent event = (CouncilEvent) invocation.getArguments()[0];
			try {
				return CouncilContext.callIn(event.council(), () -> {
					try {
						return invocation.proceed();
					}
					catch (Throwable failure) {
						throw new Rethrown(failure);
					}
				});
			}
			catch (Rethrown rethrown) {
				throw rethrown.getCause();
			}
		});
		// Inside the listener's asynchronous hand-over, outside its transaction, and inside Spring Modulith's
		// completion registering (HIGHEST_PRECEDENCE + 10): a publication is marked processing, completed or failed
		// where it was stored, in the context it was published (or resubmitted) in, which the hand-over carries. An
		// event published outside any council, a partnership joined on the admin pages, is stored in the platform
		// schema; marked from inside the council's context, its row there was never completed.
		advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
		return advisor;
	}

	/** Carries a listener's own failure, whatever it is, out through the council's context unchanged. */
	private static final class Rethrown extends RuntimeException {

		Rethrown(Throwable cause) {
			super(cause);
		}
	}
}
