package org.corporateparenting.notifications.application;

import java.util.List;

import org.corporateparenting.notifications.Frequency;
import org.corporateparenting.notifications.ReminderKind;
import org.corporateparenting.notifications.application.UnsubscribeLinks.Request;
import org.corporateparenting.notifications.domain.Notification;
import org.corporateparenting.notifications.domain.Notifications;
import org.corporateparenting.notifications.domain.Preference;
import org.corporateparenting.notifications.domain.Preferences;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stopping reminders from an email's link: the kind it names (or every kind) is set to {@link Frequency#NONE} for
 * the address in the current council, and what is waiting to be emailed of it is not emailed.
 */
@Service
public class Unsubscribing {

	private final Preferences preferences;

	private final Notifications notifications;

	Unsubscribing(Preferences preferences, Notifications notifications) {
		this.preferences = preferences;
		this.notifications = notifications;
	}

	@Transactional
	public void stop(Request request) {
		List<ReminderKind> kinds = request.kind() == null ? List.of(ReminderKind.values()) : List.of(request.kind());
		for (ReminderKind kind : kinds) {
			preferences.findById(new Preference.Key(request.email(), kind))
				.ifPresentOrElse(found -> found.choose(Frequency.NONE),
						() -> preferences.save(new Preference(request.email(), kind, Frequency.NONE)));
		}
		notifications.findByRecipientEmailAndStatus(request.email(), Notification.Status.PENDING)
			.stream()
			.filter(item -> kinds.contains(item.getKind()))
			.forEach(Notification::notEmailed);
	}
}
