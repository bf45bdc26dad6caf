package org.corporateparenting.notifications.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.corporateparenting.notifications.Reminder;
import org.corporateparenting.notifications.ReminderKind;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reminder found for a person, and what became of it: sent in a digest, failed, read in the product. */
@Entity
@Table(name = "notification")
public class Notification {

	/** Attempts at sending before a notification is given up as failed. */
	public static final int MAX_ATTEMPTS = 5;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "recipient_email")
	private String recipientEmail;

	@Column(name = "recipient_name")
	private @Nullable String recipientName;

	@Enumerated(EnumType.STRING)
	private ReminderKind kind;

	@Column(name = "reminder_key")
	private String reminderKey;

	private String subject;

	private String detail;

	private String path;

	@Column(name = "about_date")
	private LocalDate aboutDate;

	@Column(name = "found_on")
	private LocalDate foundOn;

	@Enumerated(EnumType.STRING)
	private Status status;

	private int attempts;

	@Column(name = "last_error")
	private @Nullable String lastError;

	@Column(name = "sent_at")
	private @Nullable Instant sentAt;

	@Column(name = "read_at")
	private @Nullable Instant readAt;

	protected Notification() {
	}

	public Notification(Reminder reminder, LocalDate foundOn) {
		this.recipientEmail = reminder.to().email();
		this.recipientName = reminder.to().name();
		this.kind = reminder.kind();
		this.reminderKey = reminder.key();
		this.subject = reminder.subject();
		this.detail = reminder.detail();
		this.path = reminder.path();
		this.aboutDate = reminder.date();
		this.foundOn = foundOn;
		this.status = Status.PENDING;
	}

	public void sent(Instant at) {
		status = Status.SENT;
		attempts++;
		sentAt = at;
		lastError = null;
	}

	/** A failed attempt: tried again in the next run, until the last attempt, after which it stays failed. */
	public void failed(String error) {
		attempts++;
		lastError = error.length() > 500 ? error.substring(0, 500) : error;
		status = attempts >= MAX_ATTEMPTS ? Status.FAILED : Status.PENDING;
	}

	/** Not to be sent by email (the person chose not to hear of its kind); still listed in the product. */
	public void notEmailed() {
		status = Status.NOT_EMAILED;
	}

	public Long getId() {
		return id;
	}

	public String getRecipientEmail() {
		return recipientEmail;
	}

	public @Nullable String getRecipientName() {
		return recipientName;
	}

	public ReminderKind getKind() {
		return kind;
	}

	public String getReminderKey() {
		return reminderKey;
	}

	public String getSubject() {
		return subject;
	}

	public String getDetail() {
		return detail;
	}

	public String getPath() {
		return path;
	}

	public LocalDate getAboutDate() {
		return aboutDate;
	}

	public LocalDate getFoundOn() {
		return foundOn;
	}

	public Status getStatus() {
		return status;
	}

	public int getAttempts() {
		return attempts;
	}

	public @Nullable String getLastError() {
		return lastError;
	}

	public @Nullable Instant getSentAt() {
		return sentAt;
	}

	public @Nullable Instant getReadAt() {
		return readAt;
	}

	/** Where a notification is on its way to its recipient. */
	public enum Status {

		/** Waiting for its digest (or for another attempt). */
		PENDING,

		/** Sent in a digest. */
		SENT,

		/** Not sent after its last attempt. */
		FAILED,

		/** Its recipient chose not to hear of its kind by email. */
		NOT_EMAILED
	}
}
