package org.corporateparenting.notifications;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Who a reminder is for: an email address and, if known, how to greet them (a name or a role, such as "Head of
 * Housing"). Addresses are compared without regard to case.
 */
public record Recipient(String email, @Nullable String name) {

	public Recipient {
		email = email.strip().toLowerCase(Locale.ROOT);
		name = name == null || name.isBlank() ? null : name.strip();
	}
}
