package org.corporateparenting.safeguarding.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.corporateparenting.consultation.FreeTexts;
import org.corporateparenting.safeguarding.Outcome;
import org.corporateparenting.safeguarding.application.SafeguardingRequests.OutcomeRequest;
import org.corporateparenting.safeguarding.application.SafeguardingViews.DisclosureSummary;
import org.corporateparenting.safeguarding.application.SafeguardingViews.DisclosureView;
import org.corporateparenting.safeguarding.domain.Disclosure;
import org.corporateparenting.safeguarding.domain.Disclosures;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.PageResponse;
import org.corporateparenting.web.PersonName;
import org.corporateparenting.web.StorableText;
import org.corporateparenting.web.Versions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

/**
 * The review queue of possible disclosures, for whoever {@link Reviewers} lets in: the list (never the words), one
 * disclosure read (the reading kept in its history), and the outcome recorded, with its history.
 */
@Service
public class DisclosureReviews {

	private static final Logger log = LoggerFactory.getLogger(DisclosureReviews.class);

	private final Disclosures disclosures;

	private final FreeTexts words;

	private final Reviewers reviewers;

	private final RecordHistory history;

	private final Validator validator;

	private final Clock clock;

	DisclosureReviews(Disclosures disclosures, FreeTexts words, Reviewers reviewers, RecordHistory history,
			Validator validator, Clock clock) {
		this.disclosures = disclosures;
		this.words = words;
		this.reviewers = reviewers;
		this.history = history;
		this.validator = validator;
		this.clock = clock;
	}

	/** The queue, newest first: two queries (the page and its count), after the caller's check. */
	@Transactional(readOnly = true)
	public PageResponse<DisclosureSummary> queue(Authentication caller, boolean open, int page, int size) {
		reviewers.require(caller);
		PageRequest asked = PageRequest.of(Math.max(0, page), Math.clamp(size, 1, PageResponse.MAX_SIZE));
		Page<Disclosure> found = open ? disclosures.findByOutcomeIsNullOrderByFlaggedAtDescIdDesc(asked)
				: disclosures.findByOutcomeIsNotNullOrderByFlaggedAtDescIdDesc(asked);
		return new PageResponse<>(found.getContent().stream().map(DisclosureSummary::of).toList(), found.getNumber(),
				found.getSize(), found.getTotalElements(), found.getTotalPages());
	}

	/** How many wait to be dealt with, for the home page of those who read them. */
	@Transactional(readOnly = true)
	public long waiting() {
		return disclosures.countByOutcomeIsNull();
	}

	/** One disclosure with its words; the reading is recorded, and so kept in its history with who read it. */
	@Transactional
	public DisclosureView read(Authentication caller, long id) {
		reviewers.require(caller);
		Disclosure disclosure = find(id);
		disclosure.read(PersonName.of(caller), clock.instant());
		disclosures.saveAndFlush(disclosure);
		log.info("Possible disclosure {} read", id);
		return DisclosureView.of(disclosure, words.find(disclosure.getSource(), disclosure.getSourceId()).orElse(null));
	}

	@Transactional
	public DisclosureView record(Authentication caller, long id, OutcomeRequest request) {
		reviewers.require(caller);
		List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(request)));
		problems.addAll(StorableText.problems(request));
		if (request.outcome() == Outcome.OTHER && (request.note() == null || request.note().isBlank())) {
			problems.add(new FieldProblem("note", "Say what was done"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Disclosure disclosure = find(id);
		Versions.require(request.version(), disclosure.getVersion());
		disclosure.record(request.outcome(),
				request.note() == null || request.note().isBlank() ? null : request.note().strip());
		disclosures.saveAndFlush(disclosure);
		log.info("Outcome {} recorded for possible disclosure {}", request.outcome(), id);
		return DisclosureView.of(disclosure, words.find(disclosure.getSource(), disclosure.getSourceId()).orElse(null));
	}

	/** Flagged, each reading, each outcome: who and when. */
	@Transactional(readOnly = true)
	public List<RecordHistory.Change> history(Authentication caller, long id) {
		reviewers.require(caller);
		find(id);
		return history.of(Disclosure.class, id);
	}

	private Disclosure find(long id) {
		return disclosures.findById(id).orElseThrow(() -> new NotFoundException("No possible disclosure " + id));
	}
}
