package org.corporateparenting.web.openapi;

import java.util.Locale;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

import io.swagger.v3.oas.models.Operation;

/**
 * Gives every operation a summary, and notes the controller method it was made from so that
 * {@link OperationProblems} can give it an operation id a generated client can keep. The summary is the one its
 * {@code @Operation} states, or else one read from the method's name ({@code actionHistory} becomes "Action
 * history").
 */
@Component
class OperationConventions implements OperationCustomizer {

	/** Where the method's name and its controller's stand until operation ids are given; removed then. */
	static final String HANDLER = "x-cpp-handler";

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		String method = handlerMethod.getMethod().getName();
		if (operation.getSummary() == null || operation.getSummary().isBlank()) {
			operation.setSummary(words(method));
		}
		io.swagger.v3.oas.annotations.Operation stated = AnnotatedElementUtils
			.findMergedAnnotation(handlerMethod.getMethod(), io.swagger.v3.oas.annotations.Operation.class);
		if (stated == null || stated.operationId().isBlank()) {
			operation.addExtension(HANDLER, new Handler(method, stem(handlerMethod.getBeanType())));
		}
		return operation;
	}

	/** {@code actionHistory} as "Action history". */
	static String words(String methodName) {
		String spaced = methodName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

	/** {@code ActionsApi} as {@code Actions}. */
	private static String stem(Class<?> controller) {
		return controller.getSimpleName().replaceFirst("(Api|Controller)$", "");
	}

	/** The controller method an operation was made from: {@code update} of {@code Actions}. */
	record Handler(String method, String controller) {
	}
}
