package org.corporateparenting.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An {@code If-Match} sent to an update that keeps no version (a setting, a list of shares) can never be checked,
 * so it is not met: 412, rather than the change made as if the condition held.
 */
@Configuration(proxyBeanMethods = false)
class UnversionedUpdates implements WebMvcConfigurer, HandlerInterceptor {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method && IfMatch.UPDATES.contains(request.getMethod())
				&& IfMatch.present(request)
				&& AnnotatedElementUtils.hasAnnotation(method.getBeanType(), RestController.class)
				&& !Versioned.takesVersion(method)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
					"This keeps no version, so If-Match cannot be met. Send the request without it.");
			problem.setTitle("Precondition failed");
			throw new ErrorResponseException(HttpStatus.PRECONDITION_FAILED, problem, null);
		}
		return true;
	}
}
