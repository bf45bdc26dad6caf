package org.corporateparenting.notifications.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One day's run of the digests in a council: who claimed it, and when it finished. */
@Entity
@Table(name = "notification_run")
public class DigestRun {

	@Id
	@Column(name = "run_date")
	private LocalDate runDate;

	@Column(name = "claimed_by")
	private String claimedBy;

	@Column(name = "claimed_at")
	private Instant claimedAt;

	@Column(name = "finished_at")
	private @Nullable Instant finishedAt;

	protected DigestRun() {
	}

	public LocalDate getRunDate() {
		return runDate;
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
