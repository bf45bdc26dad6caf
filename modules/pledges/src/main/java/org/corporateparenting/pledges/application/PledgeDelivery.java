package org.corporateparenting.pledges.application;

import java.util.List;

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
		Status status) {

	public enum Status {

		IN_PROGRESS("Being worked on"), DELIVERED("Delivered"), NOT_ASSIGNED("Not yet given to a work stream");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public static PledgeDelivery of(Pledge pledge, List<WorkStream> allWorkStreams, List<DeliveringWork> otherWork) {
		List<WorkStream> delivering = allWorkStreams.stream()
			.filter(workStream -> workStream.getPledgeIds().contains(pledge.getId())
					|| pledge.getReplacesPledgeId() != null && workStream.getPledgeIds().contains(pledge.getReplacesPledgeId()))
			.toList();
		boolean anyWork = !delivering.isEmpty() || !otherWork.isEmpty();
		boolean unfinished = delivering.stream().anyMatch(ws -> ws.getStatus() == WorkStreamStatus.ACTIVE)
				|| otherWork.stream().anyMatch(work -> !work.finished());
		Status status = !anyWork ? Status.NOT_ASSIGNED : unfinished ? Status.IN_PROGRESS : Status.DELIVERED;
		return new PledgeDelivery(pledge, delivering, otherWork, status);
	}
}
