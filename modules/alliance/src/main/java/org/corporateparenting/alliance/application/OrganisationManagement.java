package org.corporateparenting.alliance.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.corporateparenting.alliance.PartnerOrganisationDirectory;
import org.corporateparenting.alliance.application.AllianceRequests.ContactRequest;
import org.corporateparenting.alliance.application.AllianceRequests.OrganisationRequest;
import org.corporateparenting.alliance.application.AllianceViews.OrganisationView;
import org.corporateparenting.alliance.application.AllianceViews.SeatView;
import org.corporateparenting.alliance.domain.PartnerOrganisation;
import org.corporateparenting.alliance.domain.PartnerOrganisations;
import org.corporateparenting.alliance.domain.Seats;
import org.corporateparenting.web.ConflictException;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.Versions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

/**
 * The partner organisations on the alliance: their sector and contacts (by role), and the seats they hold. An
 * organisation's key never changes, because partners' sign-ins carry it.
 */
@Service
@Transactional
public class OrganisationManagement implements PartnerOrganisationDirectory {

	private final PartnerOrganisations organisations;

	private final Seats seats;

	private final Validator validator;

	OrganisationManagement(PartnerOrganisations organisations, Seats seats, Validator validator) {
		this.organisations = organisations;
		this.seats = seats;
		this.validator = validator;
	}

	@Transactional(readOnly = true)
	public List<OrganisationView> organisations() {
		return organisations.findAllByOrderByName().stream().map(OrganisationView::of).toList();
	}

	@Transactional(readOnly = true)
	public OrganisationView organisation(long id) {
		return OrganisationView.of(find(id));
	}

	@Transactional(readOnly = true)
	public Optional<OrganisationView> organisation(String key) {
		return organisations.findByKey(key).map(OrganisationView::of);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> keyOf(long organisationId) {
		return organisations.findById(organisationId).map(PartnerOrganisation::getKey);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Long> idOf(String key) {
		return organisations.findByKey(key).map(PartnerOrganisation::getId);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, String> namesByKey() {
		Map<String, String> names = new LinkedHashMap<>();
		organisations.findAllByOrderByName().forEach(organisation -> names.put(organisation.getKey(),
				organisation.getName()));
		return names;
	}

	/** The seats an organisation holds on any body. */
	@Transactional(readOnly = true)
	public List<SeatView> seatsOf(long organisationId) {
		find(organisationId);
		return seats.findByOrganisation(organisationId).stream().map(SeatView::of).toList();
	}

	public OrganisationView create(OrganisationRequest request) {
		check(request);
		if (organisations.existsByKey(request.key())) {
			throw new ConflictException("key", "Another organisation already has the key " + request.key());
		}
		PartnerOrganisation organisation = new PartnerOrganisation(request.key());
		describe(organisation, request);
		return OrganisationView.of(organisations.saveAndFlush(organisation));
	}

	public OrganisationView update(long id, OrganisationRequest request) {
		check(request);
		PartnerOrganisation organisation = find(id);
		Versions.require(request.version(), organisation.getVersion());
		if (!organisation.getKey().equals(request.key())) {
			throw new ConflictException("key",
					"An organisation's key cannot change: partners' sign-ins carry it. Add a new organisation instead");
		}
		describe(organisation, request);
		return OrganisationView.of(organisations.saveAndFlush(organisation));
	}

	private void check(OrganisationRequest request) {
		List<FieldProblem> problems = FieldProblem.of(validator.validate(request));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static void describe(PartnerOrganisation organisation, OrganisationRequest request) {
		List<ContactRequest> contacts = Objects.requireNonNullElse(request.contacts(), List.of());
		organisation.describe(request.name().strip(), request.sector(), contacts.stream()
			.map(contact -> new PartnerOrganisation.Contact(contact.role().strip(),
					Stripped.text(contact.email()), Stripped.text(contact.telephone())))
			.toList());
	}

	PartnerOrganisation find(long id) {
		return organisations.findById(id).orElseThrow(() -> new NotFoundException("No organisation " + id));
	}
}
