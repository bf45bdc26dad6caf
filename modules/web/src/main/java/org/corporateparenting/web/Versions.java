package org.corporateparenting.web;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/** Updates quote the version they read: a missing one is bad input (400), a stale one a conflict (409). */
public final class Versions {

	private Versions() {
	}

	public static void require(@Nullable Long given, long current) {
		if (given == null) {
			throw InvalidInputException.of("version", "Give the version you are changing, as read");
		}
		if (given != current) {
			throw new OptimisticLockingFailureException("Version " + given + " is stale; the record is at " + current);
		}
	}
}
