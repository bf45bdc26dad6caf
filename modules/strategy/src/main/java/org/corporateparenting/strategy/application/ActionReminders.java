package org.corporateparenting.strategy.application;

import java.time.LocalDate;
import java.util.List;

import org.corporateparenting.notifications.DueDates;
import org.corporateparenting.notifications.Recipient;
import org.corporateparenting.notifications.Reminder;
import org.corporateparenting.notifications.ReminderKind;
import org.corporateparenting.notifications.ReminderSource;
import org.corporateparenting.strategy.domain.Actions;
import org.corporateparenting.tenancy.CouncilContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds an action's owner (where the action has an owner's email) of its due date on the occasions
 * {@link DueDates} names: 14 days before, 3 days before, and once when it goes overdue.
 */
@Component
class ActionReminders implements ReminderSource {

	private final Actions actions;

	ActionReminders(Actions actions) {
		this.actions = actions;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Reminder> reminders(LocalDate today) {
		String council = CouncilContext.require();
		return actions.findOwnedDueBy(DueDates.horizon(today), ActionTracking.CLOSED)
			.stream()
			.map(action -> DueDates.reminder(ReminderKind.ACTION_DUE_SOON, ReminderKind.ACTION_OVERDUE,
					new Recipient(action.getOwnerEmail(), action.getOwner()), "action:" + action.getId(),
					action.getReference() + " " + action.getTitle(), "/councils/" + council + "/actions/" + action.getId(),
					action.getDueDate(), today))
			.toList();
	}
}
