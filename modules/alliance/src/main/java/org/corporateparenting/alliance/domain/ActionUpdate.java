package org.corporateparenting.alliance.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.corporateparenting.alliance.ActionStatus;
import org.hibernate.envers.Audited;

import jakarta.persistence.Column;
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

/** Progress on an allocated action as its holder reported it, and the status it left the action in. */
@Entity
@Table(name = "action_update")
@Audited
public class ActionUpdate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "action_id")
	private AllocatedAction action;

	private LocalDate updateDate;

	@Column(name = "update_text")
	private String text;

	@Enumerated(EnumType.STRING)
	private ActionStatus status;

	private String author;

	private Instant recordedAt;

	protected ActionUpdate() {
	}

	public ActionUpdate(AllocatedAction action, LocalDate updateDate, String text, ActionStatus status, String author,
			Instant recordedAt) {
		this.action = action;
		this.updateDate = updateDate;
		this.text = text;
		this.status = status;
		this.author = author;
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return id;
	}

	public AllocatedAction getAction() {
		return action;
	}

	public LocalDate getUpdateDate() {
		return updateDate;
	}

	public String getText() {
		return text;
	}

	public ActionStatus getStatus() {
		return status;
	}

	public String getAuthor() {
		return author;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}
}
