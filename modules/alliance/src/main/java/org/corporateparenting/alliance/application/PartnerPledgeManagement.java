package org.corporateparenting.alliance.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corporateparenting.alliance.application.AllianceRequests.PartnerPledgeRequest;
import org.corporateparenting.alliance.application.AllianceRequests.PartnerPledgeUpdateRequest;
import org.corporateparenting.alliance.application.AllianceViews.PartnerPledgeUpdateView;
import org.corporateparenting.alliance.application.AllianceViews.PartnerPledgeView;
import org.corporateparenting.alliance.domain.PartnerOrganisation;
import org.corporateparenting.alliance.domain.PartnerOrganisations;
import org.corporateparenting.alliance.domain.PartnerPledge;
import org.corporateparenting.alliance.domain.PartnerPledgeUpdate;
import org.corporateparenting.alliance.domain.PartnerPledgeUpdates;
import org.corporateparenting.alliance.domain.PartnerPledges;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.Versions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

/**
 * The pledges partner organisations made, with the progress they report and their own rating. Partners see and
 * report on only their own organisation's pledges.
 */
@Service
@Transactional
public class PartnerPledgeManagement {

	private final PartnerOrganisations organisations;

	private final PartnerPledges pledges;

	private final PartnerPledgeUpdates updates;

	private final Validator validator;

	private final Clock clock;

	PartnerPledgeManagement(PartnerOrganisations organisations, PartnerPledges pledges, PartnerPledgeUpdates updates,
			Validator validator, Clock clock) {
		this.organisations = organisations;
		this.pledges = pledges;
		this.updates = updates;
		this.validator = validator;
		this.clock = clock;
	}

	/** The pledges the caller may see, by organisation, each with the date of its latest update. */
	@Transactional(readOnly = true)
	public List<PartnerPledgeView> pledges(Caller caller) {
		Map<Long, LocalDate> lastUpdated = new HashMap<>();
		updates.latestUpdateDates().forEach(row -> lastUpdated.put((Long) row[0], (LocalDate) row[1]));
		return pledges.findAllWithOrganisation()
			.stream()
			.filter(pledge -> caller.covers(pledge.getOrganisation()))
			.map(pledge -> PartnerPledgeView.of(pledge, lastUpdated.get(pledge.getId())))
			.toList();
	}

	@Transactional(readOnly = true)
	public PartnerPledgeView pledge(Caller caller, long id) {
		PartnerPledge pledge = visible(caller, id);
		return PartnerPledgeView.of(pledge, lastUpdate(id));
	}

	@Transactional(readOnly = true)
	public List<PartnerPledgeUpdateView> updates(Caller caller, long id) {
		visible(caller, id);
		return updates.findByPledgeIdOrderByUpdateDateDescRecordedAtDesc(id)
			.stream()
			.map(PartnerPledgeUpdateView::of)
			.toList();
	}

	public PartnerPledgeView commit(PartnerPledgeRequest request) {
		PartnerOrganisation organisation = checkPledge(request);
		PartnerPledge pledge = new PartnerPledge(organisation);
		pledge.commit(request.theme().strip(), request.text().strip(), request.committedOn(), request.rag());
		return PartnerPledgeView.of(pledges.saveAndFlush(pledge), null);
	}

	public PartnerPledgeView revise(long id, PartnerPledgeRequest request) {
		PartnerOrganisation organisation = checkPledge(request);
		PartnerPledge pledge = findPledge(id);
		Versions.require(request.version(), pledge.getVersion());
		if (!pledge.getOrganisation().getId().equals(organisation.getId())) {
			throw new InvalidInputException(List.of(new FieldProblem("organisationId",
					"A pledge stays with the organisation that made it")));
		}
		pledge.commit(request.theme().strip(), request.text().strip(), request.committedOn(), request.rag());
		return PartnerPledgeView.of(pledges.saveAndFlush(pledge), lastUpdate(id));
	}

	/** Records progress on a pledge with the partner's rating; partners only for their own organisation's. */
	public PartnerPledgeUpdateView progress(Caller caller, long id, PartnerPledgeUpdateRequest request) {
		PartnerPledge pledge = findPledge(id);
		if (!caller.reportsFor(pledge.getOrganisation())) {
			throw new AccessDeniedException("Partners report only on their own organisation's pledges");
		}
		List<FieldProblem> problems = FieldProblem.of(validator.validate(request));
		if (request.date() != null && request.date().isAfter(LocalDate.now(clock))) {
			problems.add(new FieldProblem("date", "must be today or earlier"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		pledge.rate(request.rag());
		pledges.saveAndFlush(pledge);
		return PartnerPledgeUpdateView.of(updates.save(new PartnerPledgeUpdate(pledge, request.date(),
				request.text().strip(), request.rag(), caller.name(), Instant.now(clock))));
	}

	private PartnerOrganisation checkPledge(PartnerPledgeRequest request) {
		List<FieldProblem> problems = FieldProblem.of(validator.validate(request));
		PartnerOrganisation organisation = null;
		if (request.organisationId() != null) {
			organisation = organisations.findById(request.organisationId()).orElse(null);
			if (organisation == null) {
				problems.add(new FieldProblem("organisationId", "No organisation " + request.organisationId() + " exists"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return organisation;
	}

	private LocalDate lastUpdate(long id) {
		return updates.findByPledgeIdOrderByUpdateDateDescRecordedAtDesc(id)
			.stream()
			.findFirst()
			.map(PartnerPledgeUpdate::getUpdateDate)
			.orElse(null);
	}

	private PartnerPledge visible(Caller caller, long id) {
		PartnerPledge pledge = findPledge(id);
		if (!caller.covers(pledge.getOrganisation())) {
			throw new NotFoundException("No partner pledge " + id);
		}
		return pledge;
	}

	private PartnerPledge findPledge(long id) {
		return pledges.findById(id).orElseThrow(() -> new NotFoundException("No partner pledge " + id));
	}
}
