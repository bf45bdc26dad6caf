package org.corporateparenting.strategy.domain;

/** The narrative of one progress update, with its action: what summaries show as an action's latest note. */
public record ProgressNote(long actionId, String narrative) {
}
