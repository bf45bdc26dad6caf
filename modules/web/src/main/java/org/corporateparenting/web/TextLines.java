package org.corporateparenting.web;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Short lists kept as one item per line in a text column, such as a question's options or a seat's deputies. */
public final class TextLines {

	private TextLines() {
	}

	/** The items, one a line (a line break inside an item becomes a space); none is null. */
	public static @Nullable String join(@Nullable List<String> items) {
		return items == null || items.isEmpty() ? null
				: String.join("\n", items.stream().map(item -> item.strip().replace('\n', ' ')).toList());
	}

	public static List<String> split(@Nullable String text) {
		return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split("\n"));
	}
}
