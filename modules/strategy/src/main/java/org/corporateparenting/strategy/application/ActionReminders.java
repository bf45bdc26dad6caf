package org.corporateparenting.strategy.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.corporateparenting.notifications.DueDates;
import org.corporateparenting.notifications.Recipient;
import org.corporateparenting.notifications.Reminder;
import org.corporateparenting.notifications.ReminderKind;
import org.corporateparenting.notifications.ReminderSettings;
import org.corporateparenting.notifications.ReminderSource;
import org.corporateparenting.strategy.ActionStatus;
import org.corporateparenting.strategy.domain.Action;
import org.corporateparenting.strategy.domain.Actions;
import org.corporateparenting.tenancy.CouncilContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds an action's owner (where the action has an owner's email) of its due date on the occasions
 * {@link DueDates} names (14 and 3 days before, and once when it goes overdue, unless the council chose other days);
 * and, for an action under way, once when the council's weeks (six) have passed without progress recorded (again
 * as long after the next update, if none follows).
 */
@Component
class ActionReminders implements ReminderSource {

	/** Started and not closed: what an owner reports progress on. */
	static final Set<ActionStatus> UNDER_WAY = EnumSet.of(ActionStatus.ON_TRACK, ActionStatus.AT_RISK,
			ActionStatus.OFF_TRACK);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final Actions actions;

	ActionReminders(Actions actions) {
		this.actions = actions;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Reminder> reminders(LocalDate today, ReminderSettings settings) {
		String council = CouncilContext.require();
		List<Reminder> reminders = new ArrayList<>(actions
			.findOwnedDueBy(DueDates.horizon(today, settings), ActionTracking.CLOSED)
			.stream()
			.map(action -> DueDates.reminder(ReminderKind.ACTION_DUE_SOON, ReminderKind.ACTION_OVERDUE,
					owner(action), "action:" + action.getId(), subject(action), path(council, action),
					action.getDueDate(), today, settings))
			.toList());
		for (Object[] row : actions.findOwnedWithoutProgressSince(today.minusWeeks(settings.staleProgressWeeks()), UNDER_WAY)) {
			Action action = (Action) row[0];
			LocalDate latest = (LocalDate) row[1];
			String since = latest == null
					? "No progress has been recorded since it started on " + DAY.format(action.getStartDate())
					: "The latest progress was recorded on " + DAY.format(latest);
			reminders.add(new Reminder(ReminderKind.ACTION_PROGRESS_STALE, owner(action),
					"action:" + action.getId() + ":no-progress-since:" + (latest == null ? action.getStartDate() : latest),
					subject(action), since + ": record where it stands", path(council, action),
					latest == null ? action.getStartDate() : latest));
		}
		return reminders;
	}

	private static Recipient owner(Action action) {
		return new Recipient(action.getOwnerEmail(), action.getOwner());
	}

	private static String subject(Action action) {
		return action.getReference() + " " + action.getTitle();
	}

	private static String path(String council, Action action) {
		return "/councils/" + council + "/actions/" + action.getId();
	}
}
