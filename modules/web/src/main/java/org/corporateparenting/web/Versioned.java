package org.corporateparenting.web;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * What carries a record's version in the API: a view or request with a numeric {@code version} (a record component
 * or a getter), and the handler methods that take one, in their body or as the {@code version} query parameter.
 * The ETag of a read ({@link VersionTags}) and the If-Match of an update ({@link IfMatch}) are that version.
 */
public final class Versioned {

	private static final Map<Class<?>, Optional<Method>> ACCESSORS = new ConcurrentHashMap<>();

	private Versioned() {
	}

	/** Whether the type has a numeric version, as a view or a request carries it. */
	public static boolean type(Class<?> type) {
		return accessor(type).isPresent();
	}

	/** The version of a view such as {@code ActionView}, or null when it has none (a list, a page, a problem). */
	static @Nullable Long of(@Nullable Object body) {
		if (body == null) {
			return null;
		}
		return accessor(body.getClass()).map(method -> ReflectionUtils.invokeMethod(method, body))
			.map(value -> ((Number) value).longValue())
			.orElse(null);
	}

	/** Whether an update's handler reads the version it changes, in its body or as a {@code version} parameter. */
	static boolean takesVersion(HandlerMethod handler) {
		return Arrays.stream(handler.getMethodParameters())
			.anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class)
					&& type(parameter.getParameterType())
					|| "version".equals(requestParameter(parameter)));
	}

	private static @Nullable String requestParameter(MethodParameter parameter) {
		RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
		if (annotation == null) {
			return null;
		}
		return annotation.name().isEmpty() ? parameter.getParameterName() : annotation.name();
	}

	private static Optional<Method> accessor(Class<?> type) {
		return ACCESSORS.computeIfAbsent(type, Versioned::find);
	}

	private static Optional<Method> find(Class<?> type) {
		if (!type.getName().startsWith("org.corporateparenting.")) {
			return Optional.empty();
		}
		for (String name : new String[] { "version", "getVersion" }) {
			Method method = ReflectionUtils.findMethod(type, name);
			if (method != null && Modifier.isPublic(method.getModifiers())
					&& (method.getReturnType() == long.class || method.getReturnType() == Long.class
							|| method.getReturnType() == int.class || method.getReturnType() == Integer.class)) {
				method.trySetAccessible();
				return Optional.of(method);
			}
		}
		return Optional.empty();
	}
}
