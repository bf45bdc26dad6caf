package org.corporateparenting.notifications.application;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.corporateparenting.notifications.ContactSource;
import org.corporateparenting.notifications.KnownContacts;
import org.corporateparenting.notifications.Recipient;
import org.corporateparenting.web.PageResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's known contacts, gathered from every module's {@link ContactSource} in one read-only transaction (one
 * connection, one schema switch at most, one query per source): one per address, whatever case it was typed in, with
 * a name where any source gives one (the first in alphabetical order where sources differ, so the choice does not
 * depend on the order the sources are asked in), sorted by name and then address.
 */
@Service
public class Contacts implements KnownContacts {

	private static final Comparator<@Nullable String> WORDS = Comparator
		.nullsLast(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));

	static final Comparator<Recipient> BY_NAME_THEN_EMAIL = Comparator.comparing(Recipient::name, WORDS)
		.thenComparing(Recipient::email);

	private final List<ContactSource> sources;

	Contacts(List<ContactSource> sources) {
		this.sources = sources;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Recipient> known() {
		Map<String, Recipient> byEmail = new LinkedHashMap<>();
		for (ContactSource source : sources) {
			for (Recipient contact : source.contacts()) {
				if (!contact.email().isBlank()) {
					byEmail.merge(contact.email(), contact, Contacts::named);
				}
			}
		}
		return byEmail.values().stream().sorted(BY_NAME_THEN_EMAIL).toList();
	}

	/** A page of the known contacts whose name or address holds the text (any case); all of them without one. */
	@Transactional(readOnly = true)
	public PageResponse<Recipient> find(@Nullable String text, int page, int size) {
		String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		List<Recipient> found = known().stream()
			.filter(contact -> wanted.isEmpty() || contact.email().contains(wanted)
					|| contact.name() != null && contact.name().toLowerCase(Locale.ROOT).contains(wanted))
			.toList();
		return PageResponse.of(found, page, size);
	}

	private static Recipient named(Recipient kept, Recipient other) {
		return WORDS.compare(other.name(), kept.name()) < 0 ? other : kept;
	}
}
