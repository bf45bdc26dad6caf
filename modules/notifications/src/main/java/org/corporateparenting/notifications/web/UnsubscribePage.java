package org.corporateparenting.notifications.web;

import java.util.Locale;
import java.util.Optional;

import org.corporateparenting.notifications.application.UnsubscribeLinks;
import org.corporateparenting.notifications.application.UnsubscribeLinks.Request;
import org.corporateparenting.notifications.application.Unsubscribing;
import org.corporateparenting.tenancy.Council;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The unsubscribe link of every email, for anyone holding it, without signing in: the page says what will stop and
 * asks to confirm (so a mail scanner opening the link stops nothing); the confirmation, or a mail program's own
 * one-click request, stops it. A link this platform did not sign, or for a council no longer on it, does nothing.
 */
@PageController
class UnsubscribePage {

	static final String PATH = "/notifications/unsubscribe";

	private final UnsubscribeLinks links;

	private final Unsubscribing unsubscribing;

	private final Councils councils;

	UnsubscribePage(UnsubscribeLinks links, Unsubscribing unsubscribing, Councils councils) {
		this.links = links;
		this.unsubscribing = unsubscribing;
		this.councils = councils;
	}

	@GetMapping(PATH)
	String confirm(@RequestParam(required = false) @Nullable String token, Model model, HttpServletResponse response) {
		Optional<Request> request = links.read(token);
		Optional<Council> council = request.flatMap(found -> councils.find(found.council()));
		if (council.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "notifications/unsubscribe-invalid";
		}
		describe(request.get(), council.get(), model);
		model.addAttribute("token", token);
		return "notifications/unsubscribe";
	}

	@PostMapping(PATH)
	String stop(@RequestParam(required = false) @Nullable String token, Model model, HttpServletResponse response) {
		Optional<Request> request = links.read(token);
		Optional<Council> council = request.flatMap(found -> councils.find(found.council()));
		if (council.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "notifications/unsubscribe-invalid";
		}
		CouncilContext.runIn(council.get().slug(), () -> unsubscribing.stop(request.get()));
		describe(request.get(), council.get(), model);
		return "notifications/unsubscribed";
	}

	private static void describe(Request request, Council council, Model model) {
		model.addAttribute("councilName", council.name());
		model.addAttribute("email", request.email());
		model.addAttribute("what", request.kind() == null ? "every reminder"
				: "reminders about " + request.kind().label().toLowerCase(Locale.UK));
	}
}
