package org.corporateparenting.alliance.application;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Typed text as the alliance keeps it: without surrounding spaces, and blank as not given. */
final class Stripped {

	private Stripped() {
	}

	static @Nullable String text(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static List<String> items(@Nullable List<String> items) {
		return items == null ? List.of() : items.stream().map(String::strip).toList();
	}
}
