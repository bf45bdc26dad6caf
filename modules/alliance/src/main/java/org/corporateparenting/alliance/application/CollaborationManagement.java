package org.corporateparenting.alliance.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.corporateparenting.alliance.application.AllianceRequests.CollaborationRequest;
import org.corporateparenting.alliance.application.AllianceViews.CollaborationView;
import org.corporateparenting.alliance.domain.CollaborationEntry;
import org.corporateparenting.alliance.domain.CollaborationLog;
import org.corporateparenting.alliance.domain.PartnerOrganisations;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.PageResponse;
import org.corporateparenting.web.Versions;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

/**
 * The council's collaboration log: what it and other corporate parents shared, advised, coordinated and did together
 * (the 2026 Act's duty to collaborate), newest first, a page at a time.
 */
@Service
@Transactional
public class CollaborationManagement {

	private final CollaborationLog log;

	private final PartnerOrganisations organisations;

	private final Validator validator;

	private final Clock clock;

	CollaborationManagement(CollaborationLog log, PartnerOrganisations organisations, Validator validator,
			Clock clock) {
		this.log = log;
		this.organisations = organisations;
		this.validator = validator;
		this.clock = clock;
	}

	/** A page of the log, newest first: three queries whatever its size. */
	@Transactional(readOnly = true)
	public PageResponse<CollaborationView> entries(int page, int size) {
		Page<CollaborationEntry> found = log.findAllByOrderByOccurredOnDescIdDesc(
				PageRequest.of(Math.max(0, page), Math.clamp(size, 1, PageResponse.MAX_SIZE)));
		Map<Long, String> names = found.isEmpty() ? Map.of() : names();
		return new PageResponse<>(found.map(entry -> CollaborationView.of(entry, names)).getContent(),
				found.getNumber(), found.getSize(), found.getTotalElements(), found.getTotalPages());
	}

	@Transactional(readOnly = true)
	public CollaborationView entry(long id) {
		return CollaborationView.of(find(id), names());
	}

	public CollaborationView record(CollaborationRequest request) {
		check(request);
		CollaborationEntry entry = new CollaborationEntry();
		write(entry, request);
		return CollaborationView.of(log.saveAndFlush(entry), names());
	}

	public CollaborationView revise(long id, CollaborationRequest request) {
		CollaborationEntry entry = find(id);
		check(request);
		Versions.require(request.version(), entry.getVersion());
		write(entry, request);
		return CollaborationView.of(log.saveAndFlush(entry), names());
	}

	private void check(CollaborationRequest request) {
		List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(request)));
		if (request.date() != null && request.date().isAfter(LocalDate.now(clock))) {
			problems.add(new FieldProblem("date", "must be today or earlier"));
		}
		List<Long> ids = Objects.requireNonNullElse(request.organisationIds(), List.of());
		if (!ids.isEmpty()) {
			Map<Long, String> known = names();
			for (int i = 0; i < ids.size(); i++) {
				if (ids.get(i) != null && !known.containsKey(ids.get(i))) {
					problems.add(new FieldProblem("organisationIds[" + i + "]", "No organisation " + ids.get(i) + " exists"));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static void write(CollaborationEntry entry, CollaborationRequest request) {
		entry.record(request.date(), request.kind(), new LinkedHashSet<>(request.organisationIds()),
				request.summary().strip(), Stripped.text(request.outcome()));
	}

	private Map<Long, String> names() {
		Map<Long, String> names = new HashMap<>();
		organisations.findNames().forEach(row -> names.put(row.id(), row.name()));
		return names;
	}

	private CollaborationEntry find(long id) {
		return log.findById(id).orElseThrow(() -> new NotFoundException("No collaboration log entry " + id));
	}
}
