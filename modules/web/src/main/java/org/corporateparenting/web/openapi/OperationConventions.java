package org.corporateparenting.web.openapi;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.swagger.v3.oas.models.Operation;

/**
 * Gives every operation a summary and an operation id a generated client can keep. The summary is the one its
 * {@code @Operation} states, or else one read from the controller method's name ({@code actionHistory} becomes
 * "Action history"). The id is the method's name where no other controller has a method of that name, else the
 * name with its controller's ({@code updateActions} for {@code ActionsApi.update}): the same on every start, where
 * springdoc's own numbering ({@code update_3}) follows the order controllers happen to be found in.
 */
@Component
class OperationConventions implements OperationCustomizer {

	private final SingletonSupplier<Set<String>> sharedNames;

	OperationConventions(ApplicationContext context) {
		this.sharedNames = SingletonSupplier.of(() -> sharedNames(context));
	}

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		String method = handlerMethod.getMethod().getName();
		if (operation.getSummary() == null || operation.getSummary().isBlank()) {
			operation.setSummary(words(method));
		}
		io.swagger.v3.oas.annotations.Operation stated = AnnotatedElementUtils
			.findMergedAnnotation(handlerMethod.getMethod(), io.swagger.v3.oas.annotations.Operation.class);
		if (stated == null || stated.operationId().isBlank()) {
			operation.setOperationId(sharedNames.obtain().contains(method) ? method + stem(handlerMethod.getBeanType())
					: method);
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

	/** The names of API methods that more than one controller has. */
	private static Set<String> sharedNames(ApplicationContext context) {
		Map<String, Long> controllersByName = context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()
			.stream()
			.flatMap(mapping -> mapping.getHandlerMethods().values().stream())
			.filter(handler -> AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), RestController.class))
			.map(handler -> handler.getBeanType().getName() + "#" + handler.getMethod().getName())
			.distinct()
			.collect(Collectors.groupingBy(key -> key.substring(key.indexOf('#') + 1), Collectors.counting()));
		return controllersByName.entrySet()
			.stream()
			.filter(entry -> entry.getValue() > 1)
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}
}
