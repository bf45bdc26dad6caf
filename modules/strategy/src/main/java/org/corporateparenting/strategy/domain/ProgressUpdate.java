package org.corporateparenting.strategy.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.corporateparenting.strategy.ActionStatus;
import org.hibernate.envers.Audited;

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

/**
 * A dated account of progress on an action: what was done, the evidence, and the status and percent complete
 * at that date. Kept as written, never changed, so an action's timeline is its history.
 */
@Entity
@Table(name = "progress_update")
@Audited
public class ProgressUpdate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "action_id")
	private Action action;

	private LocalDate progressDate;

	private Instant recordedAt;

	private String narrative;

	/** Links or references to the evidence, one per line. */
	private String evidence;

	@Enumerated(EnumType.STRING)
	private ActionStatus status;

	private int percentComplete;

	private String author;

	protected ProgressUpdate() {
	}

	public ProgressUpdate(Action action, LocalDate progressDate, Instant recordedAt, String narrative,
			String evidence, ActionStatus status, int percentComplete, String author) {
		this.action = action;
		this.progressDate = progressDate;
		this.recordedAt = recordedAt;
		this.narrative = narrative;
		this.evidence = evidence;
		this.status = status;
		this.percentComplete = percentComplete;
		this.author = author;
	}

	public Long getId() {
		return id;
	}

	public Action getAction() {
		return action;
	}

	public LocalDate getProgressDate() {
		return progressDate;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public String getNarrative() {
		return narrative;
	}

	public String getEvidence() {
		return evidence;
	}

	public ActionStatus getStatus() {
		return status;
	}

	public int getPercentComplete() {
		return percentComplete;
	}

	public String getAuthor() {
		return author;
	}
}
