package org.corporateparenting.notifications.domain;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Passes of the reminders in the current council, each claimed by one instance at a time: the row's primary key
 * makes the claim, and an unfinished claim older than {@code stale} passes to whoever asks next.
 */
public interface NotificationPasses extends JpaRepository<NotificationPass, String> {

	@Modifying
	@Query(value = """
			insert into notification_pass (pass_key, claimed_by, claimed_at) values (:pass, :by, :now)
			on duplicate key update
			  claimed_by = if(finished_at is null and claimed_at < :stale, values(claimed_by), claimed_by),
			  claimed_at = if(finished_at is null and claimed_at < :stale, values(claimed_at), claimed_at)""",
			nativeQuery = true)
	void claim(String pass, String by, Instant now, Instant stale);

	@Modifying
	@Query(value = "update notification_pass set finished_at = :now where pass_key = :pass and claimed_by = :by",
			nativeQuery = true)
	int finish(String pass, String by, Instant now);
}
