package org.corporateparenting.strategy.domain;

import java.util.Set;

import org.corporateparenting.strategy.Theme;

/** A priority as the council words it. */
public record PriorityDetails(String title, String formalText, String childFriendlyText, Set<Integer> principles,
		Theme theme) {
}
