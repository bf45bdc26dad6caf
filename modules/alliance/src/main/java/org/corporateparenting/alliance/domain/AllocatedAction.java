package org.corporateparenting.alliance.domain;

import java.time.LocalDate;

import org.corporateparenting.alliance.ActionStatus;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An action raised at a meeting and allocated to a seat or an organisation, due (as the terms of reference put
 * it) before the next meeting. The organisation is the seat's when a seat holds it; it is whose partners may
 * update it.
 */
@Entity
@Table(name = "allocated_action")
@Audited
public class AllocatedAction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "meeting_id")
	private Meeting meeting;

	private String title;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "seat_id")
	private @Nullable Seat seat;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organisation_id")
	private PartnerOrganisation organisation;

	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	private ActionStatus status = ActionStatus.NOT_STARTED;

	/** Whether {@code AllocatedActionOverdue} was published for it. */
	private boolean overdueAnnounced;

	protected AllocatedAction() {
	}

	public AllocatedAction(Meeting meeting) {
		this.meeting = meeting;
	}

	public void allocate(String title, @Nullable Seat seat, PartnerOrganisation organisation, LocalDate dueDate) {
		this.title = title;
		this.seat = seat;
		this.organisation = organisation;
		if (!dueDate.equals(this.dueDate)) {
			this.overdueAnnounced = false;
		}
		this.dueDate = dueDate;
	}

	/** The seat it is allocated to now belongs to another organisation: so does the action. */
	public void followSeat() {
		if (seat != null) {
			this.organisation = seat.getOrganisation();
		}
	}

	public void moveTo(ActionStatus status) {
		this.status = status;
	}

	public void announceOverdue() {
		this.overdueAnnounced = true;
	}

	public boolean overdue(LocalDate today) {
		return !status.closed() && dueDate.isBefore(today);
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public Meeting getMeeting() {
		return meeting;
	}

	public String getTitle() {
		return title;
	}

	public @Nullable Seat getSeat() {
		return seat;
	}

	public PartnerOrganisation getOrganisation() {
		return organisation;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public ActionStatus getStatus() {
		return status;
	}

	public boolean isOverdueAnnounced() {
		return overdueAnnounced;
	}
}
