package org.corporateparenting.notifications.web;

import java.util.List;
import java.util.Map;

import org.corporateparenting.notifications.Frequency;
import org.corporateparenting.notifications.ReminderKind;
import org.corporateparenting.notifications.application.NotificationViews;
import org.corporateparenting.notifications.application.ReminderSettingsManagement;
import org.corporateparenting.notifications.application.ReminderSettingsRequest;
import org.corporateparenting.notifications.application.ReminderSettingsView;
import org.corporateparenting.notifications.application.NotificationViews.NotificationView;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.PageResponse;
import org.corporateparenting.web.PersonEmail;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The caller's own notifications in the council (by the email address their sign-in carries) and how often they
 * hear of each kind; and the council's log of what was found and sent, for its admins.
 */
@RestController
@RequestMapping("/api/councils/{council}")
@Tag(name = "Notifications")
class NotificationsApi {

	private final NotificationViews views;

	private final ReminderSettingsManagement settings;

	NotificationsApi(NotificationViews views, ReminderSettingsManagement settings) {
		this.views = views;
		this.settings = settings;
	}

	@GetMapping("/notifications")
	@Operation(summary = "The caller's notifications, newest first (by the email address of their sign-in); those"
			+ " returned count as read")
	PageResponse<NotificationView> mine(Authentication caller, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return PersonEmail.of(caller)
			.map(email -> views.mine(email, page, size))
			.orElseGet(() -> PageResponse.of(List.of(), page, size));
	}

	@GetMapping("/notifications/preferences")
	@Operation(summary = "How often the caller hears of each kind of reminder by email")
	Map<ReminderKind, Frequency> preferences(Authentication caller) {
		return views.frequencies(Notifiable.email(caller));
	}

	@PutMapping("/notifications/preferences")
	@Operation(summary = "Choose how often the caller hears of some kinds of reminder: IMMEDIATE, DAILY, WEEKLY or NONE")
	Map<ReminderKind, Frequency> choose(Authentication caller,
			@RequestBody Map<ReminderKind, @Nullable Frequency> chosen) {
		return views.choose(Notifiable.email(caller), chosen);
	}

	@GetMapping("/notifications/settings")
	@Operation(summary = "The council's reminder settings: the kinds it sends, how far ahead and how long after each"
			+ " occasion, and who hears of board packs and indicator figures")
	ReminderSettingsView settings() {
		return settings.view();
	}

	@PutMapping("/notifications/settings")
	@PreAuthorize(Access.ADMINISTER)
	@Operation(summary = "Change the council's reminder settings (council admins), quoting the version read")
	ReminderSettingsView changeSettings(@RequestBody ReminderSettingsRequest request) {
		return settings.change(request);
	}

	@GetMapping("/notification-log")
	@PreAuthorize(Access.ADMINISTER)
	@Operation(summary = "Every reminder found in the council and what became of it (sent, failed and why, not"
			+ " emailed), newest first: for council admins")
	PageResponse<NotificationView> log(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return views.log(page, size);
	}
}
