package org.corporateparenting.notifications.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One pass of the reminders in a council (the morning's digests, or an hour's pass for people who hear at once): who
 * claimed it, and when it finished.
 */
@Entity
@Table(name = "notification_pass")
public class NotificationPass {

	@Id
	@Column(name = "pass_key")
	private String passKey;

	@Column(name = "claimed_by")
	private String claimedBy;

	@Column(name = "claimed_at")
	private Instant claimedAt;

	@Column(name = "finished_at")
	private @Nullable Instant finishedAt;

	protected NotificationPass() {
	}

	public String getPassKey() {
		return passKey;
	}

	public String getClaimedBy() {
		return claimedBy;
	}

	public Instant getClaimedAt() {
		return claimedAt;
	}

	public @Nullable Instant getFinishedAt() {
		return finishedAt;
	}
}
