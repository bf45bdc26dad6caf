package org.corporateparenting.web;

import java.util.Arrays;
import java.util.List;

/** One option of a select or radio group on a form page: the value posted and the words shown. */
public record Choice(String value, String label) {

	/** The options for every value of an enum whose values say how they are shown. */
	public static <E extends Enum<E> & Labelled> List<Choice> of(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(value -> new Choice(value.name(), value.label())).toList();
	}
}
