package org.corporateparenting.consultation.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.corporateparenting.consultation.ActivityKind;
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

/** A dated record of something a forum did: attended the board, joined staff recruitment, made a film. */
@Entity
@Table(name = "forum_activity")
@Audited
public class ForumActivity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "forum_id")
	private Forum forum;

	private LocalDate activityDate;

	@Enumerated(EnumType.STRING)
	private ActivityKind kind;

	private String description;

	private String author;

	private Instant recordedAt;

	protected ForumActivity() {
	}

	public ForumActivity(Forum forum, LocalDate activityDate, ActivityKind kind, String description, String author,
			Instant recordedAt) {
		this.forum = forum;
		this.activityDate = activityDate;
		this.kind = kind;
		this.description = description;
		this.author = author;
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return id;
	}

	public Forum getForum() {
		return forum;
	}

	public LocalDate getActivityDate() {
		return activityDate;
	}

	public ActivityKind getKind() {
		return kind;
	}

	public String getDescription() {
		return description;
	}

	public String getAuthor() {
		return author;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}
}
