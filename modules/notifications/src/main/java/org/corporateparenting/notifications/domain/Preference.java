package org.corporateparenting.notifications.domain;

import java.io.Serializable;

import org.corporateparenting.notifications.Frequency;
import org.corporateparenting.notifications.ReminderKind;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** How often one person wants one kind of reminder; a person with no preference for a kind gets the daily digest. */
@Entity
@Table(name = "notification_preference")
@IdClass(Preference.Key.class)
public class Preference {

	@Id
	@Column(name = "recipient_email")
	private String recipientEmail;

	@Id
	@Enumerated(EnumType.STRING)
	private ReminderKind kind;

	@Enumerated(EnumType.STRING)
	private Frequency frequency;

	protected Preference() {
	}

	public Preference(String recipientEmail, ReminderKind kind, Frequency frequency) {
		this.recipientEmail = recipientEmail;
		this.kind = kind;
		this.frequency = frequency;
	}

	public void choose(Frequency chosen) {
		frequency = chosen;
	}

	public String getRecipientEmail() {
		return recipientEmail;
	}

	public ReminderKind getKind() {
		return kind;
	}

	public Frequency getFrequency() {
		return frequency;
	}

	public record Key(String recipientEmail, ReminderKind kind) implements Serializable {
	}
}
