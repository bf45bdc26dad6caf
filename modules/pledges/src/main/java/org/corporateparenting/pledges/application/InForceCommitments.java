package org.corporateparenting.pledges.application;

import java.util.Optional;

import org.corporateparenting.pledges.PledgeCommitments;
import org.corporateparenting.pledges.domain.Pledge;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers for the commitments of the pledges in force, from the pledge sets of the current council. */
@Component
class InForceCommitments implements PledgeCommitments {

	private final PledgeManagement pledges;

	InForceCommitments(PledgeManagement pledges) {
		this.pledges = pledges;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<InForceCommitment> inForce(int pledgeNumber) {
		return pledges.setsWithPledges()
			.stream()
			.filter(set -> set.getStatus().standing())
			.flatMap(set -> set.pledges().stream())
			.filter(pledge -> pledge.getNumber() == pledgeNumber && pledge.getCommitment() != null
					&& pledge.getCommitment().target() != null)
			.findFirst()
			.map(InForceCommitments::of);
	}

	private static InForceCommitment of(Pledge pledge) {
		var commitment = pledge.getCommitment();
		return new InForceCommitment(pledge.getId(), pledge.getNumber(), pledge.getText(), commitment.description(),
				commitment.target(), commitment.unit(), commitment.period());
	}
}
