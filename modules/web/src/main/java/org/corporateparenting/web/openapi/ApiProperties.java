package org.corporateparenting.web.openapi;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who integrators contact about the API, as the description at {@code /v3/api-docs} names them.
 *
 * @param contactName whom to ask (default: the platform's support team)
 * @param contactEmail their address; none is published unless it is set
 * @param contactUrl a page about the platform or its support; none unless it is set
 */
@ConfigurationProperties("cpp.api")
record ApiProperties(@DefaultValue("Corporate Parenting Platform support") String contactName,
		@Nullable String contactEmail, @Nullable String contactUrl) {
}
