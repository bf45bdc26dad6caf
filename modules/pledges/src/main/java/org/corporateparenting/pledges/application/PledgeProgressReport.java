package org.corporateparenting.pledges.application;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.corporateparenting.pledges.PledgeProgress;
import org.corporateparenting.pledges.PledgeSetStatus;
import org.corporateparenting.pledges.WorkStreamStatus;
import org.corporateparenting.pledges.domain.Pledge;
import org.corporateparenting.pledges.domain.PledgeSet;
import org.corporateparenting.pledges.domain.PledgeSets;
import org.corporateparenting.pledges.domain.Pledges;
import org.corporateparenting.pledges.domain.WorkStream;
import org.corporateparenting.pledges.domain.WorkStreamUpdate;
import org.corporateparenting.pledges.domain.WorkStreamUpdates;
import org.corporateparenting.pledges.domain.WorkStreams;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers for the pledges' progress with the same delivery rules as the pledge wall ({@link PledgeDeliveries}),
 * so the dashboard and board pack never tell a council something its own pages do not. Each answer costs a
 * handful of queries, however many pledges and work streams the council has.
 */
@Component
class PledgeProgressReport implements PledgeProgress {

	private final PledgeSets sets;

	private final Pledges pledges;

	private final PledgeDeliveries deliveries;

	private final WorkStreams workStreams;

	private final WorkStreamUpdates updates;

	PledgeProgressReport(PledgeSets sets, Pledges pledges, PledgeDeliveries deliveries, WorkStreams workStreams,
			WorkStreamUpdates updates) {
		this.sets = sets;
		this.pledges = pledges;
		this.deliveries = deliveries;
		this.workStreams = workStreams;
		this.updates = updates;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PledgeSetProgress> inForce() {
		List<PledgeSet> standing = sets.findByStatusInOrderById(PledgeSetStatus.STANDING);
		List<Pledge> all = pledges.findInSetsWithStatus(PledgeSetStatus.STANDING);
		Map<Long, PledgeDelivery> delivery = deliveries.of(all);
		Map<Long, List<PledgeLine>> linesBySet = all.stream()
			.collect(Collectors.groupingBy(pledge -> pledge.getTheme().getPledgeSet().getId(),
					Collectors.mapping(pledge -> line(pledge, delivery.get(pledge.getId())), Collectors.toList())));
		return standing.stream()
			.map(set -> new PledgeSetProgress(set.getId(), set.getTitle(), set.getAudience(), set.getInForceFrom(),
					linesBySet.getOrDefault(set.getId(), List.of())))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkStreamProgress> workStreams() {
		List<WorkStream> all = workStreams.findAllByOrderByName();
		Map<Long, WorkStreamUpdate> latest = updates.findLatestOfEachWorkStream()
			.stream()
			.collect(Collectors.toMap(update -> update.getWorkStream().getId(), Function.identity()));
		return all.stream()
			.sorted(Comparator.comparing(workStream -> workStream.getStatus() != WorkStreamStatus.ACTIVE))
			.map(workStream -> progress(workStream, latest.get(workStream.getId())))
			.toList();
	}

	private static PledgeLine line(Pledge pledge, PledgeDelivery delivery) {
		return new PledgeLine(pledge.getId(), pledge.getNumber(), pledge.getText(), pledge.getTheme().getTitle(),
				delivery.status());
	}

	private static WorkStreamProgress progress(WorkStream workStream, @Nullable WorkStreamUpdate latest) {
		return latest == null
				? new WorkStreamProgress(workStream.getId(), workStream.getName(), workStream.getStatus(), null,
						List.of(), List.of())
				: new WorkStreamProgress(workStream.getId(), workStream.getName(), workStream.getStatus(),
						latest.getUpdateDate(), List.copyOf(latest.getDelivered()), List.copyOf(latest.getInProgress()));
	}
}
