package org.corporateparenting.platform.web;

import java.util.function.Supplier;

import org.corporateparenting.notifications.Inbox;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.CouncilRequestFilter;
import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.tenancy.Partnership;
import org.corporateparenting.web.PageController;
import org.corporateparenting.web.PersonEmail;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Gives every page the signed-in person as {@code signedIn} (null when nobody is signed in), reusing the council
 * the council filter already read for this request.
 */
@ControllerAdvice(annotations = PageController.class, assignableTypes = ErrorController.class)
class SignedInUserAdvice {

	private final Councils councils;

	private final Inbox inbox;

	SignedInUserAdvice(Councils councils, Inbox inbox) {
		this.councils = councils;
		this.inbox = inbox;
	}

	@ModelAttribute("signedIn")
	@Nullable SignedInUser signedIn(@Nullable Authentication authentication, HttpServletRequest request) {
		return SignedInUser.of(authentication, slug -> CouncilRequestFilter.councilOf(request)
			.filter(council -> council.slug().equals(slug))
			.or(() -> councils.find(slug))
			.orElse(null));
	}

	/**
	 * The header's places, sections and breadcrumbs for the page: for an error page, those of the address that failed.
	 */
	@ModelAttribute("navigation")
	ServiceNavigation navigation(@Nullable Authentication authentication, HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = failed instanceof String address ? address : request.getRequestURI();
		String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
		return ServiceNavigation.of(signedIn(authentication, request), path,
				slug -> councils.findPartnership(slug).map(Partnership::name));
	}

	/**
	 * How many of the signed-in person's notifications in this council are unread, for the header: counted when the
	 * page is drawn, after its handler has run (so the notifications page, which reads them, shows none unread). Only
	 * on a council's own pages, for a sign-in with an email address.
	 */
	@ModelAttribute("unread")
	@Nullable Unread unread(@Nullable Authentication authentication, HttpServletRequest request) {
		var email = PersonEmail.of(authentication);
		var council = CouncilRequestFilter.councilOf(request);
		if (email.isEmpty() || council.isEmpty()) {
			return null;
		}
		// In the council's context by name: an error page is drawn after the request's own context has ended.
		String slug = council.get().slug();
		return new Unread(() -> CouncilContext.callIn(slug, () -> inbox.unread(email.get())));
	}

	/** An unread count worked out when it is first shown. */
	public static final class Unread {

		private final Supplier<Long> count;

		private @Nullable Long counted;

		Unread(Supplier<Long> count) {
			this.count = count;
		}

		public long count() {
			if (counted == null) {
				counted = count.get();
			}
			return counted;
		}
	}
}
