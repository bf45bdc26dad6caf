package org.corporateparenting.pledges.application;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import org.corporateparenting.pledges.PledgeCatalogue;
import org.corporateparenting.pledges.domain.Pledge;
import org.corporateparenting.pledges.domain.Pledges;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers which pledge ids the current council has, in one query. */
@Component
class KnownPledges implements PledgeCatalogue {

	private final Pledges pledges;

	KnownPledges(Pledges pledges) {
		this.pledges = pledges;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<Long> missing(Collection<Long> pledgeIds) {
		Set<Long> missing = new TreeSet<>(pledgeIds);
		if (!missing.isEmpty()) {
			pledges.findAllById(pledgeIds).stream().map(Pledge::getId).forEach(missing::remove);
		}
		return missing;
	}
}
