package org.corporateparenting.notifications.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.corporateparenting.notifications.Frequency;
import org.corporateparenting.notifications.ReminderKind;
import org.corporateparenting.notifications.application.NotificationViews;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.PageController;
import org.corporateparenting.web.PersonEmail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in person's notifications in the council (opening the page reads them) and how often they hear of each
 * kind by email; the council's log of everything found and sent, for its admins.
 */
@PageController
@RequestMapping("/councils/{council}")
class NotificationPages {

	private final NotificationViews views;

	NotificationPages(NotificationViews views) {
		this.views = views;
	}

	@GetMapping("/notifications")
	String notifications(@RequestParam(defaultValue = "0") int page, Authentication caller, Model model) {
		var email = PersonEmail.of(caller);
		model.addAttribute("email", email.orElse(null));
		email.ifPresent(address -> {
			model.addAttribute("notifications", views.mine(address, page, 20));
			model.addAttribute("frequencies", views.frequencies(address));
		});
		model.addAttribute("kinds", ReminderKind.values());
		model.addAttribute("choices", Frequency.values());
		return "notifications/notifications";
	}

	@PostMapping("/notifications/preferences")
	String choose(@PathVariable String council, @RequestParam Map<String, String> form, Authentication caller,
			RedirectAttributes redirect) {
		Map<ReminderKind, Frequency> chosen = new EnumMap<>(ReminderKind.class);
		for (ReminderKind kind : ReminderKind.values()) {
			String value = form.get(kind.name());
			chosen.put(kind, List.of(Frequency.values())
				.stream()
				.filter(frequency -> frequency.name().equals(value))
				.findFirst()
				.orElse(null));
		}
		views.choose(Notifiable.email(caller), chosen);
		redirect.addFlashAttribute("notice", "Your choices have been saved");
		return "redirect:/councils/" + council + "/notifications";
	}

	@GetMapping("/notifications/log")
	@PreAuthorize(Access.ADMINISTER)
	String log(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("notifications", views.log(page, 50));
		return "notifications/log";
	}
}
