package org.corporateparenting.pledges.application;

import java.util.Optional;

import org.corporateparenting.pledges.PledgeCommitments;
import org.corporateparenting.pledges.PledgeSetStatus;
import org.corporateparenting.pledges.domain.Pledge;
import org.corporateparenting.pledges.domain.Pledges;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers for the commitments of the pledges in force, from the pledge sets of the current council. */
@Component
class InForceCommitments implements PledgeCommitments {

	private final Pledges pledges;

	InForceCommitments(Pledges pledges) {
		this.pledges = pledges;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<InForceCommitment> inForce(int pledgeNumber) {
		return pledges.findNumberedInSetsWithStatus(pledgeNumber, PledgeSetStatus.STANDING)
			.stream()
			.filter(pledge -> pledge.getCommitment() != null && pledge.getCommitment().target() != null)
			.findFirst()
			.map(InForceCommitments::of);
	}

	private static InForceCommitment of(Pledge pledge) {
		var commitment = pledge.getCommitment();
		return new InForceCommitment(pledge.getId(), pledge.getNumber(), pledge.getText(), commitment.description(),
				commitment.target(), commitment.unit(), commitment.period());
	}
}
