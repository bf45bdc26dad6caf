package org.corporateparenting.pledges.application;

import java.util.List;

import org.corporateparenting.pledges.WorkStreamStatus;
import org.corporateparenting.pledges.domain.Pledge;
import org.corporateparenting.pledges.domain.WorkStream;

/**
 * How a pledge is being kept, from the work streams that deliver it: delivered when every one of them has
 * delivered (or been merged into a body that carries on the work), in progress while any is still at work, and
 * not yet assigned when none delivers it.
 */
public record PledgeDelivery(Pledge pledge, List<WorkStream> workStreams, Status status) {

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

	public static PledgeDelivery of(Pledge pledge, List<WorkStream> allWorkStreams) {
		List<WorkStream> delivering = allWorkStreams.stream()
			.filter(workStream -> workStream.getPledgeIds().contains(pledge.getId()))
			.toList();
		Status status = delivering.isEmpty() ? Status.NOT_ASSIGNED
				: delivering.stream().anyMatch(ws -> ws.getStatus() == WorkStreamStatus.ACTIVE) ? Status.IN_PROGRESS
						: Status.DELIVERED;
		return new PledgeDelivery(pledge, delivering, status);
	}
}
