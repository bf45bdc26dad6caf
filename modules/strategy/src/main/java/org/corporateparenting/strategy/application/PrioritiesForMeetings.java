package org.corporateparenting.strategy.application;

import java.util.List;

import org.corporateparenting.alliance.PriorityCatalogue;
import org.corporateparenting.strategy.StrategyStatus;
import org.corporateparenting.strategy.domain.Priorities;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Offers the alliance the priorities of the council's current strategies, so meetings can be themed on one. */
@Component
class PrioritiesForMeetings implements PriorityCatalogue {

	private final Priorities priorities;

	PrioritiesForMeetings(Priorities priorities) {
		this.priorities = priorities;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PriorityOption> priorities() {
		return priorities.findCurrent(StrategyStatus.SUPERSEDED)
			.stream()
			.map(priority -> new PriorityOption(priority.getId(),
					priority.getPosition() + ". " + priority.getTitle() + " (" + priority.getStrategy().getTitle() + ")"))
			.toList();
	}
}
