package org.corporateparenting.alliance.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.corporateparenting.alliance.AllianceChanged;
import org.corporateparenting.alliance.TermsOfReferenceReviewDue;
import org.corporateparenting.alliance.TermsOfReferenceStatus;
import org.corporateparenting.alliance.application.AllianceRequests.ApprovalRequest;
import org.corporateparenting.alliance.application.AllianceRequests.TermsOfReferenceRequest;
import org.corporateparenting.alliance.application.AllianceViews.TermsOfReferenceView;
import org.corporateparenting.alliance.domain.GovernanceBody;
import org.corporateparenting.alliance.domain.TermsOfReference;
import org.corporateparenting.alliance.domain.TermsOfReferenceEditions;
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
 * The editions of each body's terms of reference: drafted, revised while a draft, approved into force (superseding
 * the edition before), and reviewed when their review date comes.
 */
@Service
@Transactional
public class TermsOfReferenceManagement {

	private final TermsOfReferenceEditions terms;

	private final GovernanceManagement governance;

	private final Validator validator;

	private final ApplicationEventPublisher events;

	private final AllianceChanges changes;

	private final Clock clock;

	TermsOfReferenceManagement(TermsOfReferenceEditions terms, GovernanceManagement governance, Validator validator,
			ApplicationEventPublisher events, AllianceChanges changes, Clock clock) {
		this.terms = terms;
		this.governance = governance;
		this.validator = validator;
		this.events = events;
		this.changes = changes;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<TermsOfReferenceView> editions(long bodyId) {
		governance.find(bodyId);
		LocalDate today = LocalDate.now(clock);
		return terms.findByBodyIdOrderByEditionDesc(bodyId)
			.stream()
			.map(edition -> TermsOfReferenceView.of(edition, today))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<TermsOfReferenceView> inForce(long bodyId) {
		return terms.findFirstByBodyIdAndStatus(bodyId, TermsOfReferenceStatus.IN_FORCE)
			.map(edition -> TermsOfReferenceView.of(edition, LocalDate.now(clock)));
	}

	/** Terms of reference in force whose review is due or overdue, for the council's home page. */
	@Transactional(readOnly = true)
	public List<TermsOfReferenceView> reviewsDue() {
		LocalDate today = LocalDate.now(clock);
		return terms.findByStatusWithBody(TermsOfReferenceStatus.IN_FORCE)
			.stream()
			.map(edition -> TermsOfReferenceView.of(edition, today))
			.filter(view -> view.review() != AllianceViews.Review.NONE)
			.sorted(Comparator.comparing(TermsOfReferenceView::reviewDate))
			.toList();
	}

	@Transactional(readOnly = true)
	public TermsOfReferenceView termsOfReference(long id) {
		return TermsOfReferenceView.of(findTerms(id), LocalDate.now(clock));
	}

	/** Starts a new edition as a draft; the edition in force stays in force until the draft is approved. */
	public TermsOfReferenceView draft(long bodyId, TermsOfReferenceRequest request) {
		check(request);
		GovernanceBody body = governance.find(bodyId);
		if (terms.findFirstByBodyIdAndStatus(bodyId, TermsOfReferenceStatus.DRAFT).isPresent()) {
			throw new ConflictException("There is already a draft edition: change it, or approve it, first");
		}
		TermsOfReference edition = new TermsOfReference(body, terms.lastEdition(bodyId) + 1);
		write(edition, request);
		return TermsOfReferenceView.of(terms.saveAndFlush(edition), LocalDate.now(clock));
	}

	public TermsOfReferenceView revise(long id, TermsOfReferenceRequest request) {
		check(request);
		TermsOfReference edition = findTerms(id);
		Versions.require(request.version(), edition.getVersion());
		if (edition.getStatus() != TermsOfReferenceStatus.DRAFT) {
			throw new ConflictException("Edition " + edition.getEdition() + " is "
					+ edition.getStatus().label().toLowerCase() + ": start a new edition to change it");
		}
		write(edition, request);
		return TermsOfReferenceView.of(terms.saveAndFlush(edition), LocalDate.now(clock));
	}

	/**
	 * Brings a draft into force, superseding the edition in force, and publishes {@link AllianceChanged}: the
	 * body's meetings are now counted against the new edition.
	 */
	public TermsOfReferenceView approve(long id, ApprovalRequest request) {
		List<FieldProblem> problems = FieldProblem.of(validator.validate(request));
		if (request.approvedOn() != null && request.reviewDate() != null
				&& !request.reviewDate().isAfter(request.approvedOn())) {
			problems.add(new FieldProblem("reviewDate", "must be after the date of approval"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		TermsOfReference edition = findTerms(id);
		if (edition.getStatus() != TermsOfReferenceStatus.DRAFT) {
			throw new ConflictException("Edition " + edition.getEdition() + " is already "
					+ edition.getStatus().label().toLowerCase());
		}
		Versions.require(request.version(), edition.getVersion());
		terms.findFirstByBodyIdAndStatus(edition.getBody().getId(), TermsOfReferenceStatus.IN_FORCE)
			.ifPresent(TermsOfReference::supersede);
		terms.flush();
		edition.approve(request.approvedOn(), request.reviewDate());
		changes.announce();
		return TermsOfReferenceView.of(terms.saveAndFlush(edition), LocalDate.now(clock));
	}

	/** Publishes {@link TermsOfReferenceReviewDue} once for each edition in force whose review date has come. */
	public int announceReviewsDue() {
		LocalDate today = LocalDate.now(clock);
		int announced = 0;
		for (TermsOfReference edition : terms.findByStatusWithBody(TermsOfReferenceStatus.IN_FORCE)) {
			if (edition.reviewOverdue(today) && !edition.isReviewDueAnnounced()) {
				edition.announceReviewDue();
				events.publishEvent(new TermsOfReferenceReviewDue(CouncilContext.require(), edition.getBody().getId(),
						edition.getBody().getName(), edition.getId(), edition.getEdition(), edition.getReviewDate()));
				announced++;
			}
		}
		return announced;
	}

	private TermsOfReference findTerms(long id) {
		return terms.findById(id).orElseThrow(() -> new NotFoundException("No terms of reference " + id));
	}

	private void check(TermsOfReferenceRequest request) {
		List<FieldProblem> problems = FieldProblem.of(validator.validate(request));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static void write(TermsOfReference edition, TermsOfReferenceRequest request) {
		edition.write(request.purpose().strip(), Stripped.text(request.legalFramework()),
				Objects.requireNonNullElse(request.objectives(), List.of()), Stripped.text(request.membership()),
				request.frequency().strip(), request.meetingsPerYear(),
				Objects.requireNonNullElse(request.expectations(), List.of()), Stripped.text(request.governance()),
				request.reviewDate());
	}
}
