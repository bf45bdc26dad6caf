package org.corporateparenting.notifications.web;

import java.util.List;

import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.PersonEmail;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/** The caller's address, which choosing how to hear of reminders needs: a sign-in without one is told so (400). */
final class Notifiable {

	private Notifiable() {
	}

	static String email(@Nullable Authentication caller) {
		return PersonEmail.of(caller)
			.orElseThrow(() -> new InvalidInputException(List.of(new FieldProblem("email", PersonEmail.MISSING))));
	}
}
