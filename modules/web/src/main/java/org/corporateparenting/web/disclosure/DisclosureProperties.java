package org.corporateparenting.web.disclosure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How figures that leave a council are protected ({@code cpp.disclosure.*}).
 *
 * @param threshold the smallest count shown: counts from 1 to one below it, and shares whose denominator is below
 *     it, are suppressed (DfE's children looked after statistics use 5)
 * @param aggregateRounding the base that counts added up over several councils (a region, England) are rounded to
 *     (DfE rounds national and regional counts to the nearest 10); 1 leaves them as they are
 */
@ConfigurationProperties("cpp.disclosure")
public record DisclosureProperties(@DefaultValue("5") int threshold, @DefaultValue("10") int aggregateRounding) {

	public DisclosureProperties {
		if (threshold < 2) {
			throw new IllegalArgumentException("cpp.disclosure.threshold must be 2 or more, not " + threshold);
		}
		if (aggregateRounding < 1) {
			throw new IllegalArgumentException(
					"cpp.disclosure.aggregate-rounding must be 1 or more, not " + aggregateRounding);
		}
	}
}
