package org.corporateparenting.tenancy.onboarding;

import java.util.List;

import org.corporateparenting.tenancy.CouncilJoinedPartnership;
import org.corporateparenting.tenancy.CouncilLeftPartnership;
import org.corporateparenting.tenancy.Partnership;
import org.corporateparenting.tenancy.registry.CouncilRegistry;
import org.corporateparenting.web.ConflictException;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

/** Creates partnerships and changes which councils belong to them. */
@Service
public class PartnershipAdministration {

	private final CouncilRegistry registry;

	private final CouncilHistory history;

	private final Validator validator;

	private final ApplicationEventPublisher events;

	PartnershipAdministration(CouncilRegistry registry, CouncilHistory history, Validator validator,
			ApplicationEventPublisher events) {
		this.registry = registry;
		this.history = history;
		this.validator = validator;
		this.events = events;
	}

	@Transactional
	public Partnership create(PartnershipRequest request, String actor) {
		List<FieldProblem> problems = FieldProblem.of(validator.validate(request));
		for (int i = 0; i < request.councils().size(); i++) {
			String council = request.councils().get(i);
			if (council != null && !council.isBlank() && registry.findRecord(council).isEmpty()) {
				problems.add(new FieldProblem("councils[" + i + "]", "no council " + council + " is on the platform"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (registry.findPartnership(request.slug()).isPresent()) {
			throw new ConflictException("A partnership with the slug " + request.slug() + " already exists");
		}
		registry.insertPartnership(request.slug(), request.name().strip(), request.kind());
		for (String council : request.councils()) {
			join(request.slug(), council, actor);
		}
		return registry.findPartnership(request.slug()).orElseThrow();
	}

	@Transactional
	public Partnership addCouncil(String partnership, String council, String actor) {
		requireBoth(partnership, council);
		join(partnership, council, actor);
		return registry.findPartnership(partnership).orElseThrow();
	}

	@Transactional
	public Partnership removeCouncil(String partnership, String council, String actor) {
		requireBoth(partnership, council);
		if (registry.findPartnership(partnership).orElseThrow().councils().contains(council)) {
			registry.removeMember(partnership, council);
			history.record(council, actor, "LEFT_PARTNERSHIP", partnership);
			events.publishEvent(new CouncilLeftPartnership(council, partnership));
		}
		return registry.findPartnership(partnership).orElseThrow();
	}

	/** Joining twice changes nothing and announces nothing. */
	private void join(String partnership, String council, String actor) {
		if (registry.findPartnership(partnership).orElseThrow().councils().contains(council)) {
			return;
		}
		registry.addMember(partnership, council);
		history.record(council, actor, "JOINED_PARTNERSHIP", partnership);
		events.publishEvent(new CouncilJoinedPartnership(council, partnership));
	}

	private void requireBoth(String partnership, String council) {
		if (registry.findPartnership(partnership).isEmpty()) {
			throw new NotFoundException("No partnership " + partnership + " exists");
		}
		if (registry.findRecord(council).isEmpty()) {
			throw new NotFoundException("No council " + council + " is on the platform");
		}
	}
}
