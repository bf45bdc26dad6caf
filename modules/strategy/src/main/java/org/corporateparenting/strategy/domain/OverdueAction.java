package org.corporateparenting.strategy.domain;

import java.time.LocalDate;

/** An overdue action as a list names it: read on its own, without the action's collections. */
public record OverdueAction(long id, String reference, String title, LocalDate dueDate) {
}
