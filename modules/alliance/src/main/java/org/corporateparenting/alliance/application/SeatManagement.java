package org.corporateparenting.alliance.application;

import java.util.Arrays;
import java.util.List;

import org.corporateparenting.alliance.ActionStatus;
import org.corporateparenting.alliance.HolderStatus;
import org.corporateparenting.alliance.application.AllianceRequests.SeatRequest;
import org.corporateparenting.alliance.application.AllianceViews.SeatView;
import org.corporateparenting.alliance.domain.AllocatedAction;
import org.corporateparenting.alliance.domain.AllocatedActions;
import org.corporateparenting.alliance.domain.GovernanceBody;
import org.corporateparenting.alliance.domain.PartnerOrganisation;
import org.corporateparenting.alliance.domain.PartnerOrganisations;
import org.corporateparenting.alliance.domain.Seat;
import org.corporateparenting.alliance.domain.Seats;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.Versions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

/** The seats on each body: who holds them (by role), candidates and deputies, and the organisation each is for. */
@Service
@Transactional
public class SeatManagement {

	private final Seats seats;

	private final PartnerOrganisations organisations;

	private final AllocatedActions actions;

	private final GovernanceManagement governance;

	private final Validator validator;

	SeatManagement(Seats seats, PartnerOrganisations organisations, AllocatedActions actions,
			GovernanceManagement governance, Validator validator) {
		this.seats = seats;
		this.organisations = organisations;
		this.actions = actions;
		this.governance = governance;
		this.validator = validator;
	}

	@Transactional(readOnly = true)
	public List<SeatView> seats(long bodyId) {
		governance.find(bodyId);
		return seats.findByBody(bodyId).stream().map(SeatView::of).toList();
	}

	@Transactional(readOnly = true)
	public SeatView seat(long id) {
		return SeatView.of(findSeat(id));
	}

	public SeatView addSeat(long bodyId, SeatRequest request) {
		GovernanceBody body = governance.find(bodyId);
		PartnerOrganisation organisation = checkSeat(request);
		Seat seat = new Seat(body, seats.lastPosition(bodyId) + 1);
		describe(seat, organisation, request);
		return SeatView.of(seats.saveAndFlush(seat));
	}

	public SeatView updateSeat(long id, SeatRequest request) {
		Seat seat = findSeat(id);
		PartnerOrganisation organisation = checkSeat(request);
		Versions.require(request.version(), seat.getVersion());
		boolean moved = !seat.getOrganisation().getId().equals(organisation.getId());
		describe(seat, organisation, request);
		if (moved) {
			// Whoever holds the seat now answers for its open actions; closed ones stay with who did them.
			actions.findOpenBySeat(id, Arrays.stream(ActionStatus.values()).filter(ActionStatus::closed).toList())
				.forEach(AllocatedAction::followSeat);
		}
		return SeatView.of(seats.saveAndFlush(seat));
	}

	private static void describe(Seat seat, PartnerOrganisation organisation, SeatRequest request) {
		seat.describe(request.role(), request.position().strip(), organisation, request.holderStatus(),
				Stripped.text(request.holder()), Stripped.items(request.candidates()), Stripped.items(request.deputies()));
	}

	Seat findSeat(long id) {
		return seats.findById(id).orElseThrow(() -> new NotFoundException("No seat " + id));
	}

	private PartnerOrganisation checkSeat(SeatRequest request) {
		List<FieldProblem> problems = FieldProblem.of(validator.validate(request));
		PartnerOrganisation organisation = null;
		if (request.organisationId() != null) {
			organisation = organisations.findById(request.organisationId()).orElse(null);
			if (organisation == null) {
				problems.add(new FieldProblem("organisationId", "No organisation " + request.organisationId() + " exists"));
			}
		}
		if (request.holderStatus() == HolderStatus.CONFIRMED && Stripped.text(request.holder()) == null) {
			problems.add(new FieldProblem("holder", "Enter the holder's role title for a confirmed seat"));
		}
		if (request.holderStatus() == HolderStatus.TENTATIVE && Stripped.items(request.candidates()).isEmpty()) {
			problems.add(new FieldProblem("candidates", "Name at least one candidate, by role, for a tentative seat"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return organisation;
	}
}
