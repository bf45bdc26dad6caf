package org.corporateparenting.pledges.application;

import java.util.List;

import org.corporateparenting.pledges.DeliveryStatus;
import org.corporateparenting.pledges.PledgeDeliverySource.DeliveringWork;
import org.corporateparenting.pledges.WorkStreamStatus;
import org.corporateparenting.pledges.domain.Pledge;
import org.corporateparenting.pledges.domain.WorkStream;

/**
 * How a pledge is being kept, from the work streams and other modules' work (strategy actions) that deliver it:
 * delivered when all of it is finished (a work stream merged into another body counts as finished), in progress
 * while any is still going, and not yet assigned when nothing delivers it. A work stream delivering the pledge a
 * new edition's pledge replaces goes on delivering the new one.
 */
public record PledgeDelivery(Pledge pledge, List<WorkStream> workStreams, List<DeliveringWork> otherWork,
		DeliveryStatus status) {

	public static PledgeDelivery of(Pledge pledge, List<WorkStream> allWorkStreams, List<DeliveringWork> otherWork) {
		List<WorkStream> delivering = allWorkStreams.stream()
			.filter(workStream -> workStream.getPledgeIds().contains(pledge.getId())
					|| pledge.getReplacesPledgeId() != null && workStream.getPledgeIds().contains(pledge.getReplacesPledgeId()))
			.toList();
		boolean anyWork = !delivering.isEmpty() || !otherWork.isEmpty();
		boolean unfinished = delivering.stream().anyMatch(ws -> ws.getStatus() == WorkStreamStatus.ACTIVE)
				|| otherWork.stream().anyMatch(work -> !work.finished());
		DeliveryStatus status = !anyWork ? DeliveryStatus.NOT_ASSIGNED
				: unfinished ? DeliveryStatus.IN_PROGRESS : DeliveryStatus.DELIVERED;
		return new PledgeDelivery(pledge, delivering, otherWork, status);
	}
}
