package org.corporateparenting.pledges.application;

import java.util.List;

import org.corporateparenting.pledges.PledgeSetPublished;
import org.corporateparenting.pledges.PledgeSetReplaced;
import org.corporateparenting.pledges.PledgeSetStatus;
import org.corporateparenting.pledges.PledgesChanged;
import org.corporateparenting.pledges.application.PledgeRequests.PledgeRequest;
import org.corporateparenting.pledges.application.PledgeRequests.PledgeSetRequest;
import org.corporateparenting.pledges.application.PledgeRequests.ThemeRequest;
import org.corporateparenting.pledges.application.PledgeRequests.TransitionRequest;
import org.corporateparenting.pledges.domain.Commitment;
import org.corporateparenting.pledges.domain.Pledge;
import org.corporateparenting.pledges.domain.PledgeSet;
import org.corporateparenting.pledges.domain.PledgeSets;
import org.corporateparenting.pledges.domain.PledgeTheme;
import org.corporateparenting.pledges.domain.Pledges;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.web.ConflictException;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.Versions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

/**
 * Writing and reviewing a council's pledges. A set's pledges are changed while it is a draft; a set in force is
 * changed by reviewing it, which makes the next edition as a draft and keeps the one in force on record.
 */
@Service
@Transactional
public class PledgeManagement {

	private final PledgeSets sets;

	private final Pledges pledges;

	private final Validator validator;

	private final ApplicationEventPublisher events;

	PledgeManagement(PledgeSets sets, Pledges pledges, Validator validator, ApplicationEventPublisher events) {
		this.sets = sets;
		this.pledges = pledges;
		this.validator = validator;
		this.events = events;
	}

	/** Every set with its themes and pledges loaded, read in one transaction. */
	@Transactional(readOnly = true)
	public List<PledgeSet> setsWithPledges() {
		List<PledgeSet> all = sets.findAllByOrderById();
		all.forEach(set -> set.pledges().size());
		return all;
	}

	/** How many pledges are in force, counted by the database. */
	@Transactional(readOnly = true)
	public long countInForce() {
		return pledges.countInSetsWithStatus(PledgeSetStatus.IN_FORCE);
	}

	@Transactional(readOnly = true)
	public PledgeSet set(long id) {
		PledgeSet set = sets.findById(id).orElseThrow(() -> new NotFoundException("No pledge set " + id));
		set.pledges().size();
		return set;
	}

	public PledgeSet create(PledgeSetRequest request) {
		check(request);
		return sets.save(new PledgeSet(request.title().strip(), request.audience(), request.inForceFrom(),
				request.coProduction()));
	}

	public PledgeSet update(long id, PledgeSetRequest request) {
		check(request);
		PledgeSet set = set(id);
		Versions.require(request.version(), set.getVersion());
		set.describe(request.title().strip(), request.audience(), request.inForceFrom(), request.coProduction());
		if (set.getStatus().standing()) {
			events.publishEvent(new PledgesChanged(CouncilContext.require()));
		}
		return sets.saveAndFlush(set);
	}

	/** Brings a set into force (replacing the edition it reviews), or puts it under review or replaces it. */
	public PledgeSet transition(long id, TransitionRequest request) {
		check(request);
		PledgeSet set = set(id);
		if (request.to() == PledgeSetStatus.IN_FORCE && set.getInForceFrom() == null) {
			throw InvalidInputException.of("inForceFrom", "Enter the date the pledges come into force first");
		}
		set.moveTo(request.to());
		if (request.to() == PledgeSetStatus.IN_FORCE) {
			if (set.getReplacesSetId() != null) {
				PledgeSet earlier = set(set.getReplacesSetId());
				if (earlier.getStatus() != PledgeSetStatus.REPLACED) {
					earlier.moveTo(PledgeSetStatus.REPLACED);
				}
				events.publishEvent(new PledgeSetReplaced(CouncilContext.require(), earlier.getId(), set.getId()));
			}
			events.publishEvent(new PledgeSetPublished(CouncilContext.require(), set.getId(), set.getTitle(),
					set.getAudience(), set.getInForceFrom(), set.pledges().stream().map(Pledge::getId).toList()));
		}
		else if (request.to() == PledgeSetStatus.REPLACED) {
			// Withdrawn with no new edition to announce it: its pledges no longer stand.
			events.publishEvent(new PledgesChanged(CouncilContext.require()));
		}
		return sets.saveAndFlush(set);
	}

	/** Starts a review: the set in force goes under review and its next edition is made as a draft. */
	public PledgeSet review(long id) {
		PledgeSet set = set(id);
		if (set.getStatus() != PledgeSetStatus.IN_FORCE) {
			throw new ConflictException("Only a pledge set in force can be reviewed; this one is " + set.getStatus());
		}
		set.moveTo(PledgeSetStatus.UNDER_REVIEW);
		return sets.save(set.reviewedDraft());
	}

	public PledgeTheme addTheme(long setId, ThemeRequest request) {
		check(request);
		PledgeSet set = draft(setId);
		PledgeTheme theme = set.addTheme(request.title().strip());
		// The set is managed: flushing cascades the new theme to the database and gives it its id.
		sets.flush();
		return theme;
	}

	public Pledge addPledge(long setId, long themeId, PledgeRequest request) {
		check(request);
		PledgeSet set = draft(setId);
		PledgeTheme theme = set.getThemes()
			.stream()
			.filter(candidate -> candidate.getId() == themeId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No theme " + themeId + " in pledge set " + setId));
		if (set.pledges().stream().anyMatch(pledge -> pledge.getNumber() == request.number())) {
			throw InvalidInputException.of("number", "Another pledge in this set has the number " + request.number());
		}
		Pledge pledge = theme.addPledge(request.number(), request.text().strip(), commitment(request), null);
		sets.flush();
		return pledge;
	}

	@Transactional(readOnly = true)
	public Pledge pledge(long id) {
		return pledges.findById(id).orElseThrow(() -> new NotFoundException("No pledge " + id));
	}

	/** The id of the set a pledge belongs to. */
	@Transactional(readOnly = true)
	public long setIdOf(long pledgeId) {
		return pledge(pledgeId).getTheme().getPledgeSet().getId();
	}

	public Pledge reword(long id, PledgeRequest request) {
		check(request);
		Pledge pledge = pledge(id);
		Versions.require(request.version(), pledge.getVersion());
		draft(pledge.getTheme().getPledgeSet().getId());
		pledge.reword(request.text().strip(), commitment(request));
		return pledges.saveAndFlush(pledge);
	}

	private PledgeSet draft(long setId) {
		PledgeSet set = set(setId);
		if (set.getStatus() != PledgeSetStatus.DRAFT) {
			throw new ConflictException("The pledges of a set that is " + set.getStatus()
					+ " are changed by reviewing the set, which makes a new draft edition");
		}
		return set;
	}

	private static Commitment commitment(PledgeRequest request) {
		var c = request.commitment();
		return c == null ? null : new Commitment(c.description().strip(), c.target(), c.unit().strip(), c.period());
	}

	private void check(Object request) {
		List<FieldProblem> problems = FieldProblem.of(validator.validate(request));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
