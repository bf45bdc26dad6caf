package org.corporateparenting.reporting.domain;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An indicator the council follows on its dashboard, under the priority of the strategy in force it belongs to, if
 * any: by the priority's number, so that it stays under "priority 3" when a new strategy comes into force.
 */
@Entity
@Table(name = "tracked_indicator")
public class TrackedIndicator {

	@Id
	private String code;

	private int position;

	private @Nullable Integer priorityNumber;

	protected TrackedIndicator() {
	}

	public TrackedIndicator(String code, int position, @Nullable Integer priorityNumber) {
		this.code = code;
		this.position = position;
		this.priorityNumber = priorityNumber;
	}

	public void placeUnder(@Nullable Integer priorityNumber) {
		this.priorityNumber = priorityNumber;
	}

	public String getCode() {
		return code;
	}

	public int getPosition() {
		return position;
	}

	public @Nullable Integer getPriorityNumber() {
		return priorityNumber;
	}
}
