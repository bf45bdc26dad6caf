package org.corporateparenting.notifications.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The day's run of the digests in the current council, claimed by one instance at a time: the row's primary key
 * makes the claim, and an unfinished claim older than {@code stale} passes to whoever asks next.
 */
public interface DigestRuns extends JpaRepository<DigestRun, LocalDate> {

	@Modifying
	@Query(value = """
			insert into notification_run (run_date, claimed_by, claimed_at) values (:day, :by, :now)
			on duplicate key update
			  claimed_by = if(finished_at is null and claimed_at < :stale, values(claimed_by), claimed_by),
			  claimed_at = if(finished_at is null and claimed_at < :stale, values(claimed_at), claimed_at)""",
			nativeQuery = true)
	void claim(LocalDate day, String by, Instant now, Instant stale);

	@Modifying
	@Query(value = "update notification_run set finished_at = :now where run_date = :day and claimed_by = :by",
			nativeQuery = true)
	int finish(LocalDate day, String by, Instant now);
}
