package org.corporateparenting.notifications.web;

import org.corporateparenting.notifications.Recipient;
import org.corporateparenting.notifications.application.Contacts;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.PageResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The council's known contacts, for choosing an owner's email as the pages offer them. */
@RestController
@RequestMapping("/api/councils/{council}")
@Tag(name = "Notifications")
class ContactsApi {

	private final Contacts contacts;

	ContactsApi(Contacts contacts) {
		this.contacts = contacts;
	}

	@GetMapping("/contacts")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "The council's known contacts (actions' owners, consultations' contacts, partner"
			+ " organisations' contacts), one per email address, by name; q keeps those whose name or email holds it."
			+ " For those who name owners (officers and admins): a partner or a viewer has no need of every address")
	PageResponse<Recipient> contacts(@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) int size) {
		return contacts.find(q, page, size);
	}
}
