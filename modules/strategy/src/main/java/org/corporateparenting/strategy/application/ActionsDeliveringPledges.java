package org.corporateparenting.strategy.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corporateparenting.pledges.PledgeDeliverySource;
import org.corporateparenting.strategy.Rag;
import org.corporateparenting.strategy.domain.Action;
import org.corporateparenting.strategy.domain.Actions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the pledges module which strategy actions deliver which pledges, with their status and RAG. */
@Component
class ActionsDeliveringPledges implements PledgeDeliverySource {

	private final Actions actions;

	private final ActionTracking tracking;

	ActionsDeliveringPledges(Actions actions, ActionTracking tracking) {
		this.actions = actions;
		this.tracking = tracking;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, List<DeliveringWork>> workDelivering(Collection<Long> pledgeIds) {
		Map<Long, List<DeliveringWork>> byPledge = new HashMap<>();
		if (pledgeIds.isEmpty()) {
			return byPledge;
		}
		LocalDate today = tracking.today();
		for (Action action : actions.findDeliveringAnyOf(pledgeIds)) {
			Rag rag = action.rag(today);
			DeliveringWork work = new DeliveringWork("Strategy action", action.getReference(), action.getTitle(),
					PlanTable.words(action.getStatus().name()), action.getStatus().isClosed(),
					rag == null ? null : rag.name(), "/actions/" + action.getId());
			action.getPledgeIds()
				.stream()
				.filter(pledgeIds::contains)
				.forEach(pledge -> byPledge.computeIfAbsent(pledge, key -> new ArrayList<>()).add(work));
		}
		return byPledge;
	}
}
