package org.corporateparenting.strategy.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.corporateparenting.notifications.Recipient;
import org.corporateparenting.notifications.Reminder;
import org.corporateparenting.notifications.ReminderKind;
import org.corporateparenting.notifications.ReminderSource;
import org.corporateparenting.strategy.domain.Action;
import org.corporateparenting.strategy.domain.Actions;
import org.corporateparenting.tenancy.CouncilContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds an action's owner (where the action has an owner's email) 14 days before its due date, again 3 days
 * before, and once when it goes overdue. Each is its own occasion, so an owner named late hears of the nearest one
 * only, and moving the due date makes new occasions.
 */
@Component
class ActionReminders implements ReminderSource {

	static final int FIRST = 14;

	static final int LAST = 3;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final Actions actions;

	ActionReminders(Actions actions) {
		this.actions = actions;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Reminder> reminders(LocalDate today) {
		String council = CouncilContext.require();
		List<Reminder> reminders = new ArrayList<>();
		for (Action action : actions.findOwnedDueBy(today.plusDays(FIRST), ActionTracking.CLOSED)) {
			long days = ChronoUnit.DAYS.between(today, action.getDueDate());
			Recipient owner = new Recipient(action.getOwnerEmail(), action.getOwner());
			String subject = action.getReference() + " " + action.getTitle();
			String path = "/councils/" + council + "/actions/" + action.getId();
			String due = DAY.format(action.getDueDate());
			if (days < 0) {
				reminders.add(new Reminder(ReminderKind.ACTION_OVERDUE, owner,
						"action:" + action.getId() + ":overdue:" + action.getDueDate(), subject,
						"Was due on " + due + " and is not complete: record its progress, or agree a new date",
						path, action.getDueDate()));
			}
			else {
				int window = days <= LAST ? LAST : FIRST;
				reminders.add(new Reminder(ReminderKind.ACTION_DUE_SOON, owner,
						"action:" + action.getId() + ":due-in-" + window + ":" + action.getDueDate(), subject,
						"Due on " + due + (days == 0 ? ", today" : days == 1 ? ", tomorrow" : ", in " + days + " days"),
						path, action.getDueDate()));
			}
		}
		return reminders;
	}
}
