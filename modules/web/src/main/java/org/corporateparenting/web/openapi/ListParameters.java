package org.corporateparenting.web.openapi;

import java.math.BigDecimal;
import java.util.Set;

import org.corporateparenting.web.ListOrder;
import org.corporateparenting.web.PageResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * Every list's {@code page}, {@code size} and {@code sort} described alike, the fields it can be sorted by named
 * ({@link ListOrder}), so that no controller describes them itself.
 */
@Component
class ListParameters implements OperationCustomizer {

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		Class<?> items = ListOrder.items(handlerMethod.getMethod());
		if (items == null) {
			return operation;
		}
		if (operation.getParameters() != null) {
			for (Parameter parameter : operation.getParameters()) {
				if ("page".equals(parameter.getName())) {
					parameter.description("The page, from 0").getSchema().minimum(BigDecimal.ZERO);
				}
				else if ("size".equals(parameter.getName())) {
					parameter.description("Items on a page, at most " + PageResponse.MAX_SIZE)
						.getSchema()
						.minimum(BigDecimal.ONE)
						.maximum(BigDecimal.valueOf(PageResponse.MAX_SIZE));
				}
			}
		}
		Set<String> fields = ListOrder.sortable(items);
		if (fields.isEmpty()) {
			return operation;
		}
		String first = fields.contains("title") ? "title" : fields.iterator().next();
		operation.addParametersItem(new Parameter().in("query")
			.name("sort")
			.required(false)
			.description("The order: a field of the items, ascending, or followed by `,desc`; repeat it to order "
					+ "equals by another field. Without it the list comes in its own order. One of: `"
					+ String.join("`, `", fields) + "`")
			.style(Parameter.StyleEnum.FORM)
			.explode(true)
			.schema(new ArraySchema().items(new StringSchema().example(first + ",desc"))));
		return operation;
	}
}
