package org.corporateparenting.alliance.application;

import java.time.LocalDate;
import java.util.List;

import org.corporateparenting.alliance.domain.AllocatedActions;
import org.corporateparenting.notifications.DueDates;
import org.corporateparenting.notifications.Reminder;
import org.corporateparenting.notifications.ReminderKind;
import org.corporateparenting.notifications.ReminderSettings;
import org.corporateparenting.notifications.ReminderSource;
import org.corporateparenting.tenancy.CouncilContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the organisation an action was allocated to (each of its contacts with an email) of the action's due date,
 * on the occasions {@link DueDates} names: 14 days before, 3 days before, and once when it goes overdue.
 */
@Component
class AllocatedActionReminders implements ReminderSource {

	private final AllocatedActions actions;

	AllocatedActionReminders(AllocatedActions actions) {
		this.actions = actions;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Reminder> reminders(LocalDate today, ReminderSettings settings) {
		String council = CouncilContext.require();
		return actions.findOpenDueByWithContacts(DueDates.horizon(today, settings), ActionManagement.CLOSED)
			.stream()
			.flatMap(action -> OrganisationContacts.of(List.of(action.getOrganisation()))
				.stream()
				.map(contact -> DueDates.reminder(ReminderKind.ALLOCATED_ACTION_DUE_SOON,
						ReminderKind.ALLOCATED_ACTION_OVERDUE, contact, "allocated-action:" + action.getId(),
						action.getTitle(), "/councils/" + council + "/alliance/actions/" + action.getId(),
						action.getDueDate(), today, settings)))
			.toList();
	}
}
