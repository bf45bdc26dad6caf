package org.corporateparenting.platform.web;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who answers for the platform's accessibility, as its accessibility statement names them.
 *
 * @param operator the organisation that runs this platform for its councils; unset, the statement names none and sends
 * people to their council
 * @param contactEmail where people ask for information in another format and report accessibility problems; unset,
 * they are sent to the council whose pages they were using
 * @param replyWorkingDays how many working days the operator takes at most to answer such a request
 */
@ConfigurationProperties("cpp.accessibility")
public record AccessibilityProperties(@Nullable String operator, @Nullable String contactEmail,
		@DefaultValue("10") int replyWorkingDays) {

	public boolean hasContact() {
		return contactEmail != null && !contactEmail.isBlank();
	}
}
