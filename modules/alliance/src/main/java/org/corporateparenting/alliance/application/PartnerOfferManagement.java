package org.corporateparenting.alliance.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.corporateparenting.alliance.PartnerOfferDirectory;
import org.corporateparenting.alliance.application.AllianceRequests.PartnerOfferRequest;
import org.corporateparenting.alliance.application.AllianceRequests.TakeUpRequest;
import org.corporateparenting.alliance.application.AllianceViews.PartnerOfferView;
import org.corporateparenting.alliance.domain.PartnerOffer;
import org.corporateparenting.alliance.domain.PartnerOffers;
import org.corporateparenting.alliance.domain.PartnerOrganisation;
import org.corporateparenting.alliance.domain.PartnerOrganisations;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.Versions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

/**
 * What partner organisations offer care leavers, in the Care Leaver Covenant's five areas, with their take-up by
 * quarter. Everyone in the council reads them; officers and council admins write any, a partner only their own
 * organisation's.
 */
@Service
@Transactional
public class PartnerOfferManagement implements PartnerOfferDirectory {

	private final PartnerOffers offers;

	private final PartnerOrganisations organisations;

	private final Validator validator;

	private final Clock clock;

	PartnerOfferManagement(PartnerOffers offers, PartnerOrganisations organisations, Validator validator, Clock clock) {
		this.offers = offers;
		this.organisations = organisations;
		this.validator = validator;
		this.clock = clock;
	}

	/** Every offer, by area, organisation and title. */
	@Transactional(readOnly = true)
	public List<PartnerOfferView> offerViews() {
		return offers.findAllWithTakeUp().stream().map(PartnerOfferView::of).toList();
	}

	@Transactional(readOnly = true)
	public PartnerOfferView offerView(long id) {
		return PartnerOfferView.of(offers.findWithTakeUp(id).orElseThrow(() -> notFound(id)));
	}

	/** Every organisation's id, key and name, in name order, without their contacts. */
	@Transactional(readOnly = true)
	public List<PartnerOrganisations.Name> organisationNames() {
		return organisations.findNames();
	}

	public PartnerOfferView make(Caller caller, PartnerOfferRequest request) {
		PartnerOrganisation organisation = check(caller, request);
		PartnerOffer offer = new PartnerOffer(organisation);
		describe(offer, request);
		return PartnerOfferView.of(offers.saveAndFlush(offer));
	}

	public PartnerOfferView change(Caller caller, long id, PartnerOfferRequest request) {
		PartnerOffer offer = offers.findWithTakeUp(id).orElseThrow(() -> notFound(id));
		if (!caller.reportsFor(offer.getOrganisation())) {
			throw new AccessDeniedException("Partners change only their own organisation's offers");
		}
		PartnerOrganisation organisation = check(caller, request);
		Versions.require(request.version(), offer.getVersion());
		if (!offer.getOrganisation().getId().equals(organisation.getId())) {
			throw new InvalidInputException(List.of(new FieldProblem("organisationId",
					"An offer stays with the organisation that makes it: add a new offer for another")));
		}
		describe(offer, request);
		return PartnerOfferView.of(offers.saveAndFlush(offer));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<OfferSummary> offer(long id) {
		return offers(List.of(id)).stream().findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public List<OfferSummary> offers(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : offers.findSummariesByIdIn(ids);
	}

	@Override
	@Transactional(readOnly = true)
	public List<OfferSummary> offers() {
		return offers.findSummaries();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AreaTakeUp> byArea() {
		return TakeUpByArea.of(offers.findTakeUpRows());
	}

	private PartnerOrganisation check(Caller caller, PartnerOfferRequest request) {
		List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(request)));
		PartnerOrganisation organisation = null;
		if (request.organisationId() != null) {
			organisation = organisations.findById(request.organisationId()).orElse(null);
			if (organisation == null) {
				problems.add(new FieldProblem("organisationId", "No organisation " + request.organisationId() + " exists"));
			}
			else if (!caller.reportsFor(organisation)) {
				throw new AccessDeniedException("Partners make offers only for their own organisation");
			}
		}
		List<TakeUpRequest> takeUp = Objects.requireNonNullElse(request.takeUp(), List.of());
		Set<String> quarters = new HashSet<>();
		LocalDate today = LocalDate.now(clock);
		for (int i = 0; i < takeUp.size(); i++) {
			TakeUpRequest figure = takeUp.get(i);
			if (figure == null || figure.quarter() == null || figure.quarter().isBlank()) {
				continue;
			}
			String quarter = figure.quarter().strip();
			String problem = Quarters.problem(quarter, today);
			if (problem != null) {
				problems.add(new FieldProblem("takeUp[" + i + "].quarter", problem));
			}
			else if (!quarters.add(quarter)) {
				problems.add(new FieldProblem("takeUp[" + i + "].quarter", quarter + " is given twice"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return organisation;
	}

	private static void describe(PartnerOffer offer, PartnerOfferRequest request) {
		offer.describe(request.area(), request.title().strip(), request.whatIsOffered().strip(),
				Stripped.text(request.eligibility()), request.places(), request.budgetPounds(), request.status(),
				Boolean.TRUE.equals(request.illustrative()), Objects.requireNonNullElse(request.takeUp(),
						List.<TakeUpRequest>of())
					.stream()
					.map(figure -> new PartnerOffer.TakeUp(figure.quarter().strip(), figure.takenUp()))
					.toList());
	}

	private static NotFoundException notFound(long id) {
		return new NotFoundException("No partner offer " + id);
	}
}
