package org.corporateparenting.pledges.application;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.corporateparenting.pledges.PledgeCatalogue;
import org.corporateparenting.pledges.PledgeSetStatus;
import org.corporateparenting.pledges.domain.Pledge;
import org.corporateparenting.pledges.domain.Pledges;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers which pledge ids the current council has, and which pledge a number names, each in one query. */
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

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Integer> numbers(Collection<Long> pledgeIds) {
		Map<Long, Integer> numbers = new HashMap<>();
		if (!pledgeIds.isEmpty()) {
			pledges.findAllById(pledgeIds).forEach(pledge -> numbers.put(pledge.getId(), pledge.getNumber()));
		}
		return numbers;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Long> numbered(int number) {
		List<Pledge> numbered = pledges.findNumberedInSetsWithStatus(number, EnumSet.allOf(PledgeSetStatus.class));
		return numbered.stream()
			.filter(pledge -> pledge.getTheme().getPledgeSet().getStatus() == PledgeSetStatus.IN_FORCE)
			.findFirst()
			.or(() -> numbered.isEmpty() ? Optional.empty() : Optional.of(numbered.getLast()))
			.map(Pledge::getId);
	}
}
