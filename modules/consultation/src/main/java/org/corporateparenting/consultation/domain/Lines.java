package org.corporateparenting.consultation.domain;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Lists kept as one item per line in a text column, such as a question's options. */
final class Lines {

	private Lines() {
	}

	static @Nullable String join(@Nullable List<String> items) {
		return items == null || items.isEmpty() ? null
				: String.join("\n", items.stream().map(item -> item.strip().replace('\n', ' ')).toList());
	}

	static List<String> split(@Nullable String text) {
		return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split("\n"));
	}
}
