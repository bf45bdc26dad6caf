package org.corporateparenting.pledges.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.corporateparenting.pledges.PledgesChanged;
import org.corporateparenting.pledges.WorkStreamStatus;
import org.corporateparenting.pledges.WorkStreamUpdated;
import org.corporateparenting.pledges.application.PledgeRequests.WorkStreamRequest;
import org.corporateparenting.pledges.application.PledgeRequests.WorkStreamUpdateRequest;
import org.corporateparenting.pledges.domain.Pledges;
import org.corporateparenting.pledges.domain.WorkStream;
import org.corporateparenting.pledges.domain.WorkStreamUpdate;
import org.corporateparenting.pledges.domain.WorkStreamUpdates;
import org.corporateparenting.pledges.domain.WorkStreams;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.Versions;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

/**
 * The work streams that deliver pledges: who leads them (and where the lead is reminded), which pledges, and their
 * dated updates. Every change is announced, because a work stream's pledges and status decide how those pledges are
 * shown to be kept.
 */
@Service
@Transactional
public class WorkStreamManagement {

	private final WorkStreams workStreams;

	private final WorkStreamUpdates updates;

	private final Pledges pledges;

	private final Validator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WorkStreamManagement(WorkStreams workStreams, WorkStreamUpdates updates, Pledges pledges, Validator validator,
			ApplicationEventPublisher events, Clock clock) {
		this.workStreams = workStreams;
		this.updates = updates;
		this.pledges = pledges;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<WorkStream> workStreams() {
		return workStreams.findAllByOrderByName();
	}

	@Transactional(readOnly = true)
	public WorkStream workStream(long id) {
		return workStreams.findById(id).orElseThrow(() -> new NotFoundException("No work stream " + id));
	}

	@Transactional(readOnly = true)
	public List<WorkStreamUpdate> updates(long id) {
		workStream(id);
		return updates.findByWorkStreamIdOrderByUpdateDateDescRecordedAtDesc(id);
	}

	public WorkStream create(WorkStreamRequest request) {
		check(request);
		WorkStream workStream = new WorkStream(request.name().strip(), request.lead().strip(), leadEmail(request),
				members(request), request.pledgeIds());
		close(workStream, request);
		WorkStream created = workStreams.save(workStream);
		events.publishEvent(new PledgesChanged(CouncilContext.require()));
		return created;
	}

	public WorkStream update(long id, WorkStreamRequest request) {
		check(request);
		WorkStream workStream = workStream(id);
		Versions.require(request.version(), workStream.getVersion());
		workStream.describe(request.name().strip(), request.lead().strip(), leadEmail(request), members(request),
				request.pledgeIds());
		close(workStream, request);
		events.publishEvent(new PledgesChanged(CouncilContext.require()));
		return workStreams.saveAndFlush(workStream);
	}

	public WorkStreamUpdate report(long id, WorkStreamUpdateRequest request, String author) {
		List<FieldProblem> problems = FieldProblem.of(validator.validate(request));
		List<String> delivered = Objects.requireNonNullElse(request.delivered(), List.of());
		List<String> inProgress = Objects.requireNonNullElse(request.inProgress(), List.of());
		if (problems.isEmpty() && delivered.isEmpty() && inProgress.isEmpty()) {
			problems.add(new FieldProblem("delivered", "Give at least one item delivered or in progress"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		WorkStream workStream = workStream(id);
		WorkStreamUpdate update = updates.save(new WorkStreamUpdate(workStream, request.date(), delivered,
				inProgress, author, Instant.now(clock)));
		events.publishEvent(new WorkStreamUpdated(CouncilContext.require(), workStream.getId(), workStream.getName(),
				request.date(), delivered, inProgress));
		return update;
	}

	private static void close(WorkStream workStream, WorkStreamRequest request) {
		workStream.close(Objects.requireNonNullElse(request.status(), WorkStreamStatus.ACTIVE), request.statusDate(),
				request.statusReason(), request.mergedInto());
	}

	/** Kept lower-cased, as the platform keeps addresses; left blank, none. */
	private static @Nullable String leadEmail(WorkStreamRequest request) {
		return request.leadEmail() == null || request.leadEmail().isBlank() ? null
				: request.leadEmail().strip().toLowerCase(Locale.ROOT);
	}

	private static List<String> members(WorkStreamRequest request) {
		return request.members() == null ? List.of() : request.members().stream().map(String::strip).toList();
	}

	private void check(WorkStreamRequest request) {
		List<FieldProblem> problems = FieldProblem.of(validator.validate(request));
		WorkStreamStatus status = Objects.requireNonNullElse(request.status(), WorkStreamStatus.ACTIVE);
		if (status != WorkStreamStatus.ACTIVE) {
			if (request.statusDate() == null) {
				problems.add(new FieldProblem("statusDate", "Enter the date it was dissolved or merged"));
			}
			if (request.statusReason() == null || request.statusReason().isBlank()) {
				problems.add(new FieldProblem("statusReason", "Give the reason"));
			}
		}
		if (status == WorkStreamStatus.MERGED && (request.mergedInto() == null || request.mergedInto().isBlank())) {
			problems.add(new FieldProblem("mergedInto", "Enter the body it was merged into"));
		}
		if (request.pledgeIds() != null) {
			for (Long pledgeId : request.pledgeIds()) {
				if (pledgeId == null || !pledges.existsById(pledgeId)) {
					problems.add(new FieldProblem("pledgeIds", "No pledge " + pledgeId + " exists"));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}
}
