package org.corporateparenting.alliance.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.corporateparenting.alliance.SeatRole;
import org.corporateparenting.alliance.Sector;
import org.corporateparenting.alliance.domain.PartnerOrganisation;
import org.corporateparenting.alliance.domain.PartnerOrganisations;
import org.corporateparenting.alliance.domain.Seat;
import org.corporateparenting.alliance.domain.Seats;
import org.corporateparenting.notifications.ContactSource;
import org.corporateparenting.notifications.Recipient;
import org.springframework.stereotype.Component;

/**
 * Whom reminders reach at an organisation: its contacts that have an email, greeted by their role. About a body's
 * own business (its terms of reference, its meetings) the contacts of the organisations holding its chair hear; the
 * platform has no secretary seat ({@link SeatRole}), so the chair stands for the secretariat. A body whose chair's
 * organisations have no email falls back to the council's own departments (the {@link Sector#COUNCIL_DEPARTMENT}
 * organisations); with no email there either, nobody is told. Every organisation's contacts with an email are also
 * among the council's known contacts, offered when an owner is chosen.
 */
@Component
class OrganisationContacts implements ContactSource {

	private final Seats seats;

	private final PartnerOrganisations organisations;

	OrganisationContacts(Seats seats, PartnerOrganisations organisations) {
		this.seats = seats;
		this.organisations = organisations;
	}

	/** Every organisation's contacts with an email, named by role and organisation (seat holders have none). */
	@Override
	public List<Recipient> contacts() {
		return organisations.findContactsWithEmail();
	}

	/** The contacts with an email, one per address. */
	static List<Recipient> of(Collection<PartnerOrganisation> organisations) {
		return organisations.stream()
			.flatMap(organisation -> organisation.getContacts().stream())
			.filter(contact -> contact.email() != null && !contact.email().isBlank())
			.map(contact -> new Recipient(Objects.requireNonNull(contact.email()), contact.role()))
			.filter(distinctEmails())
			.toList();
	}

	/** Who hears about each of the bodies, in two queries at most (an empty list: no one can be told). */
	Map<Long, List<Recipient>> forBodies(Collection<Long> bodyIds) {
		Map<Long, List<PartnerOrganisation>> chairs = new HashMap<>();
		for (Seat seat : seats.findByRoleWithContacts(SeatRole.CHAIR)) {
			chairs.computeIfAbsent(seat.getBody().getId(), id -> new ArrayList<>()).add(seat.getOrganisation());
		}
		Map<Long, List<Recipient>> audiences = new HashMap<>();
		List<Recipient> council = null;
		for (Long bodyId : bodyIds) {
			List<Recipient> audience = of(chairs.getOrDefault(bodyId, List.of()));
			if (audience.isEmpty()) {
				if (council == null) {
					council = of(organisations.findBySectorWithContacts(Sector.COUNCIL_DEPARTMENT));
				}
				audience = council;
			}
			audiences.put(bodyId, audience);
		}
		return audiences;
	}

	private static Predicate<Recipient> distinctEmails() {
		Set<String> seen = new HashSet<>();
		return recipient -> seen.add(recipient.email());
	}
}
