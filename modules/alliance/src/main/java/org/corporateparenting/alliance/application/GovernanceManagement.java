package org.corporateparenting.alliance.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.corporateparenting.alliance.AllianceChanged;
import org.corporateparenting.alliance.BodyStatus;
import org.corporateparenting.alliance.BodyType;
import org.corporateparenting.alliance.TermsOfReferenceStatus;
import org.corporateparenting.alliance.application.AllianceRequests.BodyRequest;
import org.corporateparenting.alliance.application.AllianceViews.BodyView;
import org.corporateparenting.alliance.domain.GovernanceBodies;
import org.corporateparenting.alliance.domain.GovernanceBody;
import org.corporateparenting.alliance.domain.HeldMeeting;
import org.corporateparenting.alliance.domain.Meetings;
import org.corporateparenting.alliance.domain.TermsOfReference;
import org.corporateparenting.alliance.domain.TermsOfReferenceEditions;
import org.corporateparenting.pledges.PledgeCommitments;
import org.corporateparenting.pledges.PledgeCommitments.InForceCommitment;
import org.corporateparenting.web.ConflictException;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.Versions;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

/**
 * The governance bodies, how they report to each other, and whether they meet as often as they said they would.
 * Their terms of reference and seats are {@link TermsOfReferenceManagement}'s and {@link SeatManagement}'s.
 */
@Service
@Transactional
public class GovernanceManagement {

	/** Meetings a year with young people a board is held to when no pledge says otherwise. */
	public static final int DEFAULT_YOUNG_PEOPLE_MEETINGS = 4;

	private final GovernanceBodies bodies;

	private final TermsOfReferenceEditions terms;

	private final Meetings meetings;

	private final PledgeCommitments commitments;

	private final Validator validator;

	private final AllianceChanges changes;

	private final Clock clock;

	GovernanceManagement(GovernanceBodies bodies, TermsOfReferenceEditions terms, Meetings meetings,
			PledgeCommitments commitments, Validator validator, AllianceChanges changes, Clock clock) {
		this.bodies = bodies;
		this.terms = terms;
		this.meetings = meetings;
		this.commitments = commitments;
		this.validator = validator;
		this.changes = changes;
		this.clock = clock;
	}

	/** Every body, each followed by the bodies reporting to it: the governance tree, depth first. */
	@Transactional(readOnly = true)
	public List<BodyInTree> tree() {
		List<GovernanceBody> all = bodies.findAllWithReportingLines();
		Map<Long, List<GovernanceBody>> below = new HashMap<>();
		List<GovernanceBody> roots = new ArrayList<>();
		for (GovernanceBody body : all) {
			if (body.getReportsTo() == null) {
				roots.add(body);
			}
			else {
				below.computeIfAbsent(body.getReportsTo().getId(), id -> new ArrayList<>()).add(body);
			}
		}
		List<BodyInTree> tree = new ArrayList<>();
		roots.sort(BY_TYPE_THEN_NAME);
		roots.forEach(root -> walk(root, 0, below, tree));
		return tree;
	}

	private static final Comparator<GovernanceBody> BY_TYPE_THEN_NAME = Comparator
		.comparing(GovernanceBody::getType)
		.thenComparing(GovernanceBody::getName);

	private static void walk(GovernanceBody body, int depth, Map<Long, List<GovernanceBody>> below,
			List<BodyInTree> tree) {
		tree.add(new BodyInTree(BodyView.of(body), depth));
		List<GovernanceBody> children = new ArrayList<>(below.getOrDefault(body.getId(), List.of()));
		children.sort(BY_TYPE_THEN_NAME);
		children.forEach(child -> walk(child, depth + 1, below, tree));
	}

	/** A body and how far down the tree it sits (0 for the board). */
	public record BodyInTree(BodyView body, int depth) {
	}

	@Transactional(readOnly = true)
	public BodyView body(long id) {
		return BodyView.of(find(id));
	}

	/** Adds a body and publishes {@link AllianceChanged}: an active board or alliance has its cadence counted. */
	public BodyView create(BodyRequest request) {
		GovernanceBody body = new GovernanceBody(Objects.requireNonNullElse(request.name(), ""), request.type());
		describe(body, check(body, request), request);
		changes.announce();
		return BodyView.of(bodies.saveAndFlush(body));
	}

	/** Changes a body, its status or how often it meets among the rest, and publishes {@link AllianceChanged}. */
	public BodyView update(long id, BodyRequest request) {
		GovernanceBody body = find(id);
		GovernanceBody reportsTo = check(body, request);
		Versions.require(request.version(), body.getVersion());
		describe(body, reportsTo, request);
		changes.announce();
		return BodyView.of(bodies.saveAndFlush(body));
	}

	/** Checks the request against the body it would change; returns the body it would report to. */
	private @Nullable GovernanceBody check(GovernanceBody body, BodyRequest request) {
		List<FieldProblem> problems = FieldProblem.of(validator.validate(request));
		GovernanceBody reportsTo = null;
		if (request.reportsToId() != null) {
			reportsTo = bodies.findById(request.reportsToId()).orElse(null);
			if (reportsTo == null) {
				problems.add(new FieldProblem("reportsToId", "No body " + request.reportsToId() + " exists"));
			}
			else if (body.getId() != null && body.isOrIsAbove(reportsTo)) {
				problems.add(new FieldProblem("reportsToId", "A body cannot report to itself or to a body below it"));
			}
		}
		if (request.youngPeoplePledgeNumber() != null && request.youngPeopleMeetingsPerYear() == null
				&& request.type() != BodyType.BOARD) {
			problems.add(new FieldProblem("youngPeoplePledgeNumber",
					"Only a body that promises to meet young people can name the pledge that sets the promise"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String name = request.name().strip();
		if ((body.getId() == null || !name.equalsIgnoreCase(body.getName())) && bodies.existsByNameIgnoreCase(name)) {
			throw new ConflictException("name", "There is already a body called " + name);
		}
		return reportsTo;
	}

	private static void describe(GovernanceBody body, @Nullable GovernanceBody reportsTo, BodyRequest request) {
		body.describe(request.name().strip(), request.type(), request.purpose().strip(), reportsTo, request.meetingsPerYear(),
				Objects.requireNonNullElse(request.status(), BodyStatus.ACTIVE), request.quorum(),
				request.youngPeopleMeetingsPerYear(), request.youngPeoplePledgeNumber());
	}

	GovernanceBody find(long id) {
		return bodies.findById(id).orElseThrow(() -> new NotFoundException("No governance body " + id));
	}

	// Cadence

	/** The cadence checks of every active body over the twelve months to today. */
	@Transactional(readOnly = true)
	public List<BodyCadence> cadence() {
		return cadence(LocalDate.now(clock));
	}

	/** The cadence checks of every active body over the twelve months to a day, from one read of the meetings. */
	@Transactional(readOnly = true)
	public List<BodyCadence> cadence(LocalDate today) {
		Map<Long, List<HeldMeeting>> held = new HashMap<>();
		meetings.findHeldAfter(today.minusYears(1))
			.forEach(meeting -> held.computeIfAbsent(meeting.bodyId(), id -> new ArrayList<>()).add(meeting));
		Map<Long, TermsOfReference> inForce = new HashMap<>();
		terms.findByStatusWithBody(TermsOfReferenceStatus.IN_FORCE)
			.forEach(edition -> inForce.put(edition.getBody().getId(), edition));
		return tree().stream()
			.map(BodyInTree::body)
			.filter(body -> body.status() == BodyStatus.ACTIVE)
			.map(body -> cadenceOf(body, held.getOrDefault(body.id(), List.of()), inForce.get(body.id()), today))
			.toList();
	}

	@Transactional(readOnly = true)
	public BodyCadence cadence(long bodyId) {
		BodyView body = body(bodyId);
		TermsOfReference edition = terms.findFirstByBodyIdAndStatus(bodyId, TermsOfReferenceStatus.IN_FORCE)
			.orElse(null);
		return cadenceOf(body, meetings.findHeldByBody(bodyId), edition, LocalDate.now(clock));
	}

	/** One active body's cadence over the twelve months to a day, counted as {@link #cadence(LocalDate)} does. */
	@Transactional(readOnly = true)
	public Optional<BodyCadence> activeBodyCadence(long bodyId, LocalDate today) {
		return bodies.findById(bodyId).map(BodyView::of).filter(body -> body.status() == BodyStatus.ACTIVE).map(body -> {
			TermsOfReference edition = terms.findFirstByBodyIdAndStatus(bodyId, TermsOfReferenceStatus.IN_FORCE)
				.orElse(null);
			List<HeldMeeting> held = meetings.findHeldByBody(bodyId)
				.stream()
				.filter(meeting -> meeting.date().isAfter(today.minusYears(1)))
				.toList();
			return cadenceOf(body, held, edition, today);
		});
	}

	private BodyCadence cadenceOf(BodyView body, List<HeldMeeting> held, @Nullable TermsOfReference edition,
			LocalDate today) {
		List<Cadence.Check> checks = new ArrayList<>();
		List<LocalDate> dates = held.stream().map(HeldMeeting::date).toList();
		if (edition != null) {
			checks.add(Cadence.check("Meetings held", "terms of reference, edition " + edition.getEdition(), dates,
					edition.getMeetingsPerYear(), today));
		}
		else {
			checks.add(Cadence.check("Meetings held", "the body's meeting frequency (no terms of reference in force)",
					dates, body.meetingsPerYear(), today));
		}
		youngPeoplePromise(body).ifPresent(promise -> checks.add(Cadence.check("Meetings with young people present",
				promise.basis(), held.stream()
					.filter(meeting -> meeting.youngPeoplePresent() > 0)
					.map(HeldMeeting::date)
					.toList(),
				promise.perYear(), today)));
		return new BodyCadence(body.id(), body.name(), body.type(), checks);
	}

	/**
	 * How many meetings a year with young people present a body promises, and where the figure comes from: the
	 * pledge in force it names, else its own promise, else (for a board) the platform's default. Empty for a body
	 * that promises none.
	 */
	Optional<YoungPeoplePromise> youngPeoplePromise(BodyView body) {
		if (body.type() != BodyType.BOARD && body.youngPeopleMeetingsPerYear() == null) {
			return Optional.empty();
		}
		Optional<InForceCommitment> pledge = body.youngPeoplePledgeNumber() == null ? Optional.empty()
				: commitments.inForce(body.youngPeoplePledgeNumber());
		if (pledge.isPresent()) {
			return Optional.of(new YoungPeoplePromise(pledge.get().targetPerYear(),
					"pledge " + pledge.get().pledgeNumber() + ": " + pledge.get().description()));
		}
		int target = Objects.requireNonNullElse(body.youngPeopleMeetingsPerYear(), DEFAULT_YOUNG_PEOPLE_MEETINGS);
		return Optional.of(new YoungPeoplePromise(target,
				body.youngPeopleMeetingsPerYear() == null ? "four a year, the platform's default for a board"
						: "the body's own promise of " + target + " a year"));
	}

	/** Meetings a year with young people present that a body promises, and on what basis. */
	record YoungPeoplePromise(int perYear, String basis) {
	}

	/**
	 * A body's cadence checks over the twelve months to a day: meetings held first, then, for a board or a body
	 * that promises it, meetings with young people present.
	 */
	public record BodyCadence(long bodyId, String bodyName, BodyType bodyType, List<Cadence.Check> checks) {

		public boolean allMet() {
			return checks.stream().allMatch(Cadence.Check::met);
		}

		public Cadence.Check meetingsHeld() {
			return checks.getFirst();
		}

		public Optional<Cadence.Check> withYoungPeople() {
			return checks.size() > 1 ? Optional.of(checks.get(1)) : Optional.empty();
		}
	}
}
