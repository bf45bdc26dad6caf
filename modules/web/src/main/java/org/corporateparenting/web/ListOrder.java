package org.corporateparenting.web;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The order a list of the API was asked for with {@code sort} ({@code ?sort=dueDate,desc&sort=title}): by the
 * fields of its items that hold a text, a number, a date, a yes/no or a choice, each ascending unless followed by
 * {@code ,desc}. A field the items do not have is refused, naming it and those they have ({@link SortedLists}).
 * Without {@code sort} a list keeps its own order; a sorted one keeps it among equals.
 *
 * @param by the fields, the first deciding first
 */
public record ListOrder(List<By> by) {

	static final String ATTRIBUTE = ListOrder.class.getName();

	/** One field to order by, and which way. */
	public record By(String field, boolean descending) {
	}

	/** The order the current API request asked for, if any. */
	public static Optional<ListOrder> requested() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		return request == null ? Optional.empty()
				: Optional.ofNullable((ListOrder) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
	}

	/** The fields items of this type can be ordered by. */
	public static Set<String> sortable(Class<?> type) {
		Set<String> fields = new TreeSet<>();
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				if (orderable(component.getType())) {
					fields.add(component.getName());
				}
			}
		}
		return fields;
	}

	/** The type of a list's items: {@code ActionView} of a {@code PageResponse<ActionView>}; null for no list. */
	public static @Nullable Class<?> items(Method handler) {
		ResolvableType answer = ResolvableType.forMethodReturnType(handler);
		if (answer.toClass() == ResponseEntity.class) {
			answer = answer.getGeneric(0);
		}
		return answer.toClass() == PageResponse.class ? answer.getGeneric(0).resolve() : null;
	}

	/**
	 * Reads {@code sort} as sent for a list of these items.
	 *
	 * @throws InvalidInputException naming each field the items have not, or a direction that is not one
	 */
	static ListOrder parse(String[] sort, Class<?> type) {
		Set<String> sortable = sortable(type);
		List<By> by = new ArrayList<>();
		List<FieldProblem> problems = new ArrayList<>();
		for (String value : sort) {
			String[] parts = value.split(",");
			String field = parts[0].strip();
			String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
			if (!sortable.contains(field)) {
				problems.add(new FieldProblem("sort", "This list cannot be sorted by " + (field.isEmpty() ? "nothing"
						: "'" + field + "'") + ". Sort by one of: " + String.join(", ", sortable)));
			}
			else if (parts.length > 2 || !Set.of("asc", "desc").contains(direction)) {
				problems.add(new FieldProblem("sort", "Give 'asc' or 'desc' after the field ('" + value + "')"));
			}
			else {
				by.add(new By(field, "desc".equals(direction)));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new ListOrder(List.copyOf(by));
	}

	/** The items in this order; those equal in it keep the order they came in. */
	public <T> List<T> sort(List<T> items) {
		if (items.isEmpty() || by.isEmpty()) {
			return items;
		}
		Comparator<T> order = null;
		for (By field : by) {
			Method accessor = ReflectionUtils.findMethod(items.getFirst().getClass(), field.field());
			if (accessor == null) {
				throw new IllegalStateException(items.getFirst().getClass() + " has no " + field.field()
						+ ": page the views, not what they are made from");
			}
			accessor.trySetAccessible();
			Comparator<Comparable<Object>> values = Comparator.nullsLast(Comparator.naturalOrder());
			Comparator<T> next = Comparator.comparing(item -> value(accessor, item),
					field.descending() ? Comparator.nullsLast(values.reversed()) : values);
			order = order == null ? next : order.thenComparing(next);
		}
		List<T> sorted = new ArrayList<>(items);
		sorted.sort(order);
		return sorted;
	}

	@SuppressWarnings("unchecked")
	private static Comparable<Object> value(Method accessor, Object item) {
		Object value = ReflectionUtils.invokeMethod(accessor, item);
		return value instanceof String text ? (Comparable<Object>) (Object) text.toLowerCase(Locale.UK)
				: (Comparable<Object>) value;
	}

	private static boolean orderable(Class<?> type) {
		return type.isPrimitive() || type.isEnum() || CharSequence.class.isAssignableFrom(type)
				|| Number.class.isAssignableFrom(type) && Comparable.class.isAssignableFrom(type)
				|| Boolean.class == type || Temporal.class.isAssignableFrom(type) && Comparable.class.isAssignableFrom(type);
	}

	@Override
	public String toString() {
		return Arrays.toString(by.toArray());
	}
}
