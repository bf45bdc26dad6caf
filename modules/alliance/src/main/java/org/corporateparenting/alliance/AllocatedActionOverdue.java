package org.corporateparenting.alliance;

import java.time.LocalDate;

import org.corporateparenting.tenancy.CouncilEvent;
import org.jspecify.annotations.Nullable;

/** An action allocated at a meeting passed its due date unfinished. Published once per action. */
public record AllocatedActionOverdue(String council, long actionId, String title, LocalDate dueDate,
		@Nullable String organisation, @Nullable String seat) implements CouncilEvent {
}
