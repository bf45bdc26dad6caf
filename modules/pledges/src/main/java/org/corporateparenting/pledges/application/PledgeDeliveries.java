package org.corporateparenting.pledges.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.corporateparenting.pledges.PledgeDeliverySource;
import org.corporateparenting.pledges.PledgeDeliverySource.DeliveringWork;
import org.corporateparenting.pledges.domain.Pledge;
import org.corporateparenting.pledges.domain.WorkStream;
import org.corporateparenting.pledges.domain.WorkStreams;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How each of a page's pledges is being kept: its work streams and other modules' work, asked for in one go. */
@Service
public class PledgeDeliveries {

	private final WorkStreams workStreams;

	private final List<PledgeDeliverySource> sources;

	PledgeDeliveries(WorkStreams workStreams, List<PledgeDeliverySource> sources) {
		this.workStreams = workStreams;
		this.sources = sources;
	}

	@Transactional(readOnly = true)
	public Map<Long, PledgeDelivery> of(List<Pledge> pledges) {
		List<WorkStream> all = workStreams.findAllByOrderByName();
		List<Long> ids = pledges.stream().map(Pledge::getId).toList();
		Map<Long, List<DeliveringWork>> other = new HashMap<>();
		sources.forEach(source -> source.workDelivering(ids)
			.forEach((id, work) -> other.computeIfAbsent(id, key -> new ArrayList<>()).addAll(work)));
		return pledges.stream()
			.collect(Collectors.toMap(Pledge::getId,
					pledge -> PledgeDelivery.of(pledge, all, other.getOrDefault(pledge.getId(), List.of()))));
	}
}
